#args: -n -w 24 -i 2 -j the quick brown fox jumps over the lazy dog while the cat sleeps in the warm afternoon sun
implement Fmt;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
	arg: Arg;

Fmt: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

width := 30;
indent := 0;
number := 0;
justify := 0;

fill(words: array of string): list of string
{
	lines: list of string;
	i := 0;
	avail := width - indent;
	while(i < len words){
		j := i;
		w := len words[j];
		j++;
		while(j < len words && w + 1 + len words[j] <= avail){
			w += 1 + len words[j];
			j++;
		}
		line := "";
		gaps := j - i - 1;
		if(justify && j < len words && gaps > 0){
			extra := avail - w;
			for(k := i; k < j; k++){
				line += words[k];
				if(k < j-1){
					g := k - i;
					sp := 1 + extra / gaps;
					if(g < extra % gaps)
						sp++;
					for(; sp > 0; sp--)
						line += " ";
				}
			}
		}else{
			for(k := i; k < j; k++){
				if(k > i)
					line += " ";
				line += words[k];
			}
		}
		lines = line :: lines;
		i = j;
	}
	r: list of string;
	for(; lines != nil; lines = tl lines)
		r = hd lines :: r;
	return r;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	arg = load Arg Arg->PATH;
	arg->init(argv);
	while((c := arg->opt()) != 0)
		case c {
		'w' =>
			width = int arg->earg();
		'i' =>
			indent = int arg->earg();
		'n' =>
			number = 1;
		'j' =>
			justify = 1;
		* =>
			sys->fprint(sys->fildes(2), "unknown option %c\n", c);
			raise "fail:usage";
		}
	rest := arg->argv();
	if(rest == nil){
		sys->print("no words\n");
		return;
	}
	words := array[len rest] of string;
	for(i := 0; rest != nil; rest = tl rest)
		words[i++] = hd rest;
	sys->print("width=%d indent=%d number=%d justify=%d words=%d\n", width, indent, number, justify, len words);
	rule := "";
	for(i = 0; i < width; i++)
		rule[len rule] = "0123456789"[i % 10];
	sys->print("    %s\n", rule);
	n := 0;
	pad := "";
	for(i = 0; i < indent; i++)
		pad += " ";
	for(l := fill(words); l != nil; l = tl l){
		n++;
		if(number)
			sys->print("%2d  %s%s|\n", n, pad, hd l);
		else
			sys->print("    %s%s|\n", pad, hd l);
	}
}
