#args: 28
implement Justify;

include "sys.m";
	sys: Sys;
include "draw.m";

Justify: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

para := "Inferno is a distributed operating system, originally developed at " +
	"Bell Labs. Programs are written in Limbo, a concurrent language with " +
	"channels, compiled to Dis, a portable virtual machine. Resources appear " +
	"as files in a per-process name space, assembled with bind and mount. " +
	"Supercalifragilisticexpialidocious words still have to fit somewhere.";

words: array of string;

splitwords(s: string): array of string
{
	(n, l) := sys->tokenize(s, " \t\n");
	a := array[n] of string;
	for(i := 0; l != nil; l = tl l)
		a[i++] = hd l;
	return a;
}

spaces(n: int): string
{
	s := "";
	for(; n > 0; n--)
		s += " ";
	return s;
}

# greedy fill; returns lines as (first word, last word+1)
fill(width: int): list of (int, int)
{
	lines: list of (int, int);
	i := 0;
	while(i < len words){
		j := i + 1;
		linelen := len words[i];
		while(j < len words && linelen + 1 + len words[j] <= width){
			linelen += 1 + len words[j];
			j++;
		}
		lines = (i, j) :: lines;
		i = j;
	}
	r: list of (int, int);
	for(; lines != nil; lines = tl lines)
		r = hd lines :: r;
	return r;
}

justify(a, b, width: int, last: int): string
{
	if(b - a == 1 || last){
		s := words[a];
		for(k := a+1; k < b; k++)
			s += " " + words[k];
		return s;
	}
	total := 0;
	for(k := a; k < b; k++)
		total += len words[k];
	gaps := b - a - 1;
	extra := width - total;
	s := words[a];
	for(k = a+1; k < b; k++){
		g := extra / gaps;
		if(k - a - 1 < extra % gaps)
			g++;
		s += spaces(g) + words[k];
	}
	return s;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	width := 40;
	if(tl argv != nil)
		width = int hd tl argv;
	if(width < 10)
		width = 10;
	words = splitwords(para);
	sys->print("%d words, width %d\n", len words, width);
	ruler := "";
	for(i := 1; i <= width; i++)
		if(i % 10 == 0)
			ruler[len ruler] = '0' + (i/10) % 10;
		else if(i % 5 == 0)
			ruler += "+";
		else
			ruler += "-";
	sys->print("|%s|\n", ruler);

	lines := fill(width);
	n := len lines;
	for(k := 0; lines != nil; lines = tl lines){
		(a, b) := hd lines;
		s := justify(a, b, width, k == n-1);
		flag := "";
		if(len s > width)
			flag = " <- overflow";
		sys->print("|%-*s|%s\n", width, s, flag);
		k++;
	}
	sys->print("\ncentred, width %d:\n", width + 10);
	for(lines = fill(width - 6); lines != nil; lines = tl lines){
		(a, b) := hd lines;
		s := justify(a, b, 0, 1);
		pad := (width + 10 - len s) / 2;
		if(pad < 0)
			pad = 0;
		sys->print("%s%s\n", spaces(pad), s);
	}
	sys->print("\nright-aligned:\n");
	for(lines = fill(width/2 + 6); lines != nil; lines = tl lines){
		(a, b) := hd lines;
		sys->print("%*s\n", width, justify(a, b, 0, 1));
	}
}
