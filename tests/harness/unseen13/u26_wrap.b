#args: 36
implement Wrap;

include "sys.m";
	sys: Sys;
include "draw.m";

Wrap: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

para := "Inferno is a distributed operating system, originally developed at Bell Labs, " +
	"but now developed and maintained by Vita Nuova Holdings as free software. " +
	"Applications written in Limbo are compiled to an architecture-independent " +
	"byte code which is then interpreted or compiled on the fly.";

justify(words: array of string, width: int, last: int): string
{
	if(len words == 1 || last){
		s := words[0];
		for(i := 1; i < len words; i++)
			s += " " + words[i];
		return s;
	}
	n := 0;
	for(i := 0; i < len words; i++)
		n += len words[i];
	gaps := len words - 1;
	spaces := width - n;
	s := "";
	for(i = 0; i < len words; i++){
		s += words[i];
		if(i < gaps){
			k := spaces / gaps;
			if(i < spaces % gaps)
				k++;
			for(j := 0; j < k; j++)
				s += " ";
		}
	}
	return s;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	width := 40;
	if(tl argv != nil)
		width = int hd tl argv;
	(nw, wl) := sys->tokenize(para, " ");
	words := array[nw] of string;
	for(i := 0; wl != nil; wl = tl wl)
		words[i++] = hd wl;
	ruler := "";
	for(i = 0; i < width; i++)
		ruler[i] = '0' + (i+1)%10;
	sys->print("%s\n", ruler);
	start := 0;
	nlines := 0;
	while(start < nw){
		end := start + 1;
		w := len words[start];
		while(end < nw && w + 1 + len words[end] <= width){
			w += 1 + len words[end];
			end++;
		}
		line := justify(words[start:end], width, end == nw);
		sys->print("%-*s|\n", width, line);
		nlines++;
		start = end;
	}
	sys->print("%d words, %d lines at width %d\n", nw, nlines, width);
}
