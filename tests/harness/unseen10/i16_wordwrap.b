#args: 28 40
implement Wordwrap;

include "sys.m";
	sys: Sys;
include "draw.m";

Wordwrap: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

text := "Inferno is a distributed operating system, originally developed at Bell Labs, " +
	"in which resources are represented as files in a hierarchical name space. " +
	"Programs are written in Limbo, a concurrent language with channels, " +
	"garbage collection and a compact virtual machine called Dis. " +
	"Supercalifragilisticexpialidocious-words-are-rare but must still be handled gracefully.";

words(s: string): array of string
{
	(n, l) := sys->tokenize(s, " \t\n");
	a := array[n] of string;
	for(i := 0; l != nil; l = tl l)
		a[i++] = hd l;
	return a;
}

# greedy fill: returns list of lines, each a slice of words
fill(w: array of string, width: int): list of array of string
{
	lines: list of array of string;
	i := 0;
	while(i < len w){
		j := i + 1;
		n := len w[i];
		while(j < len w && n + 1 + len w[j] <= width){
			n += 1 + len w[j];
			j++;
		}
		lines = w[i:j] :: lines;
		i = j;
	}
	r: list of array of string;
	for(; lines != nil; lines = tl lines)
		r = hd lines :: r;
	return r;
}

spaces(n: int): string
{
	s := "";
	for(i := 0; i < n; i++)
		s += " ";
	return s;
}

joinw(w: array of string): string
{
	s := "";
	for(i := 0; i < len w; i++){
		if(i)
			s += " ";
		s += w[i];
	}
	return s;
}

justify(w: array of string, width: int): string
{
	if(len w == 1)
		return w[0];
	n := 0;
	for(i := 0; i < len w; i++)
		n += len w[i];
	gaps := len w - 1;
	extra := width - n;
	s := "";
	for(i = 0; i < len w; i++){
		s += w[i];
		if(i < gaps){
			# leftmost gaps get the remainder
			g := extra / gaps;
			if(i < extra % gaps)
				g++;
			s += spaces(g);
		}
	}
	return s;
}

ruler(width: int)
{
	s := "";
	for(i := 1; i <= width; i++)
		if(i % 10 == 0)
			s += string (i/10 % 10);
		else if(i % 5 == 0)
			s += "+";
		else
			s += "-";
	sys->print("%s\n", s);
}

# minimum raggedness (sum of squares of trailing space) by dynamic programming
optimal(w: array of string, width: int): list of array of string
{
	n := len w;
	cost := array[n+1] of {* => big 0};
	brk := array[n+1] of {* => 0};
	cost[n] = big 0;
	for(i := n-1; i >= 0; i--){
		cost[i] = big -1;
		l := -1;
		for(j := i; j < n; j++){
			l += 1 + len w[j];
			if(l > width && j > i)
				break;
			c := big 0;
			if(j < n-1){
				slack := big (width - l);
				if(slack < big 0)
					slack = big 0;
				c = slack*slack;
			}
			c += cost[j+1];
			if(cost[i] < big 0 || c < cost[i]){
				cost[i] = c;
				brk[i] = j+1;
			}
		}
	}
	lines: list of array of string;
	for(i = 0; i < n; i = brk[i])
		lines = w[i:brk[i]] :: lines;
	r: list of array of string;
	for(; lines != nil; lines = tl lines)
		r = hd lines :: r;
	return r;
}

badness(lines: list of array of string, width: int): int
{
	b := 0;
	for(; tl lines != nil; lines = tl lines){
		s := width - len joinw(hd lines);
		if(s > 0)
			b += s*s;
	}
	return b;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	w := words(text);
	sys->print("%d words, %d characters\n", len w, len text);
	for(args = tl args; args != nil; args = tl args){
		width := int hd args;
		sys->print("\n=== width %d, left aligned ===\n", width);
		ruler(width);
		g := fill(w, width);
		for(l := g; l != nil; l = tl l)
			sys->print("%s\n", joinw(hd l));
		sys->print("=== justified ===\n");
		for(l = g; l != nil; l = tl l){
			if(tl l == nil)
				sys->print("%s\n", joinw(hd l));
			else
				sys->print("%s|\n", justify(hd l, width));
		}
		sys->print("=== right aligned ===\n");
		for(l = g; l != nil; l = tl l){
			s := joinw(hd l);
			sys->print("%s%s\n", spaces(width - len s), s);
		}
		o := optimal(w, width);
		sys->print("=== balanced (badness %d vs greedy %d) ===\n", badness(o, width), badness(g, width));
		for(l = o; l != nil; l = tl l)
			sys->print("%s\n", joinw(hd l));
	}
}
