#args: 28
implement Wrap;

include "sys.m";
	sys: Sys;
include "draw.m";

Wrap: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

para := "Inferno is a distributed operating system started at Bell Labs. " +
	"Programs are written in Limbo, a type-safe language compiled to Dis, " +
	"a portable virtual machine code. Resources appear as files in a " +
	"hierarchical namespace; supercalifragilisticexpialidocious words get their own line.";

wrap(text: string, width: int): list of string
{
	(nil, words) := sys->tokenize(text, " \t\n");
	lines: list of string;
	cur := "";
	for(; words != nil; words = tl words){
		w := hd words;
		if(cur == "")
			cur = w;
		else if(len cur + 1 + len w <= width)
			cur += " " + w;
		else{
			lines = cur :: lines;
			cur = w;
		}
	}
	if(cur != "")
		lines = cur :: lines;
	r: list of string;
	for(; lines != nil; lines = tl lines)
		r = hd lines :: r;
	return r;
}

justify(line: string, width: int): string
{
	(n, words) := sys->tokenize(line, " ");
	if(n < 2)
		return line;
	total := 0;
	for(l := words; l != nil; l = tl l)
		total += len hd l;
	gaps := n - 1;
	spaces := width - total;
	r := "";
	i := 0;
	for(l = words; l != nil; l = tl l){
		r += hd l;
		if(i < gaps){
			k := spaces / gaps;
			if(i < spaces % gaps)
				k++;
			for(j := 0; j < k; j++)
				r += " ";
		}
		i++;
	}
	return r;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	width := 40;
	if(tl args != nil)
		width = int hd tl args;
	ruler := "";
	for(i := 1; i <= width; i++)
		ruler += string (i % 10);
	sys->print("%s\n", ruler);
	lines := wrap(para, width);
	for(l := lines; l != nil; l = tl l)
		sys->print("%s\n", hd l);
	sys->print("\njustified:\n");
	for(l = lines; l != nil; l = tl l){
		if(tl l == nil)
			sys->print("|%-*s|\n", width, hd l);
		else
			sys->print("|%s|\n", justify(hd l, width));
	}
	sys->print("\nright aligned at 50:\n");
	for(l = wrap(para, 50); l != nil; l = tl l)
		sys->print("%50s\n", hd l);
}
