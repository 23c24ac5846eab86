implement Justify;

include "sys.m";
	sys: Sys;
include "draw.m";

Justify: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Para: adt {
	words:	array of string;

	parse:	fn(s: string): ref Para;
	lines:	fn(p: self ref Para, width: int): list of (int, int);
	render:	fn(p: self ref Para, width: int, mode: int): string;
};

LEFT, FULL, CENTER, RIGHT: con iota;

Para.parse(s: string): ref Para
{
	(n, l) := sys->tokenize(s, " \t\n");
	w := array[n] of string;
	for(i := 0; l != nil; l = tl l)
		w[i++] = hd l;
	return ref Para(w);
}

# greedy: list of (first, last+1) word index ranges
Para.lines(p: self ref Para, width: int): list of (int, int)
{
	r: list of (int, int);
	i := 0;
	while(i < len p.words){
		j := i+1;
		w := len p.words[i];
		while(j < len p.words && w + 1 + len p.words[j] <= width){
			w += 1 + len p.words[j];
			j++;
		}
		r = (i, j) :: r;
		i = j;
	}
	out: list of (int, int);
	for(; r != nil; r = tl r)
		out = hd r :: out;
	return out;
}

spaces(n: int): string
{
	s := "";
	while(n-- > 0)
		s += " ";
	return s;
}

Para.render(p: self ref Para, width: int, mode: int): string
{
	out := "";
	ranges := p.lines(width);
	for(; ranges != nil; ranges = tl ranges){
		(a, b) := hd ranges;
		last := tl ranges == nil;
		used := 0;
		for(k := a; k < b; k++)
			used += len p.words[k];
		gaps := b - a - 1;
		line := "";
		if(mode == FULL && !last && gaps > 0){
			extra := width - used;
			for(k = a; k < b; k++){
				line += p.words[k];
				if(k < b-1){
					g := extra / gaps;
					if(k - a < extra % gaps)
						g++;
					line += spaces(g);
				}
			}
		}else{
			for(k = a; k < b; k++){
				if(k > a)
					line += " ";
				line += p.words[k];
			}
			pad := width - len line;
			if(pad > 0)
				case mode {
				CENTER =>	line = spaces(pad/2) + line;
				RIGHT =>	line = spaces(pad) + line;
				}
		}
		out += "|" + line + spaces(width - len line) + "|\n";
	}
	return out;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	text := "Limbo is a programming language intended for applications running distributed systems on small computers. It supports modular programming, strong type checking at compile- and run-time, interprocess communication over typed channels, automatic garbage collection, and simple abstract data types.";
	p := Para.parse(text);
	sys->print("%d words\n", len p.words);
	names := array[] of {"left", "full", "center", "right"};
	widths := array[] of {36, 28, 30, 24};
	for(m := LEFT; m <= RIGHT; m++){
		sys->print("%s %d:\n%s", names[m], widths[m], p.render(widths[m], m));
	}
	q := Para.parse("supercalifragilistic is long");
	sys->print("%s", q.render(10, FULL));
}
