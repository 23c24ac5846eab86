implement TextWrap;

include "sys.m";
	sys: Sys;
include "draw.m";

TextWrap: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

words(s: string): array of string
{
	(n, l) := sys->tokenize(s, " \t\n");
	a := array[n] of string;
	for(i := 0; l != nil; l = tl l)
		a[i++] = hd l;
	return a;
}

wrap(w: array of string, width: int): list of array of string
{
	lines: list of array of string;
	start := 0;
	while(start < len w){
		end := start + 1;
		linelen := len w[start];
		while(end < len w && linelen + 1 + len w[end] <= width){
			linelen += 1 + len w[end];
			end++;
		}
		lines = w[start:end] :: lines;
		start = end;
	}
	r: list of array of string;
	for(; lines != nil; lines = tl lines)
		r = hd lines :: r;
	return r;
}

justify(line: array of string, width: int, last: int): string
{
	if(len line == 1 || last){
		s := line[0];
		for(i := 1; i < len line; i++)
			s += " " + line[i];
		return s;
	}
	total := 0;
	for(i := 0; i < len line; i++)
		total += len line[i];
	gaps := len line - 1;
	spaces := width - total;
	s := "";
	for(i = 0; i < len line; i++){
		s += line[i];
		if(i < gaps){
			n := spaces / gaps;
			if(i < spaces % gaps)
				n++;
			for(j := 0; j < n; j++)
				s[len s] = ' ';
		}
	}
	return s;
}

center(s: string, width: int): string
{
	pad := (width - len s) / 2;
	return sys->sprint("%*s%s", pad, "", s);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	text := "Limbo is a programming language intended for applications running distributed systems on small computers. It supports modular programming, strong type checking at compile and run time, interprocess communication over typed channels, automatic garbage collection, and simple abstract data types. Ünïcödé characters count as single runes.";
	w := words(text);
	sys->print("%d words\n", len w);
	widths := array[] of {40, 28};
	for(k := 0; k < len widths; k++){
		width := widths[k];
		sys->print("%s\n", center(sys->sprint("[ width %d ]", width), width));
		rule := "";
		for(i := 0; i < width; i++)
			rule[len rule] = '-';
		sys->print("+%s+\n", rule);
		lines := wrap(w, width);
		for(; lines != nil; lines = tl lines){
			l := justify(hd lines, width, tl lines == nil);
			sys->print("|%-*s|\n", width, l);
		}
		sys->print("+%s+\n", rule);
	}
	sys->fprint(sys->fildes(2), "longest word: %s\n", longest(w));
}

longest(w: array of string): string
{
	best := "";
	for(i := 0; i < len w; i++)
		if(len w[i] > len best)
			best = w[i];
	return best;
}
