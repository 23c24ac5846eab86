implement Pipeline;

include "sys.m";
	sys: Sys;
include "draw.m";

Pipeline: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

source(words: list of string, out: chan of string)
{
	for(; words != nil; words = tl words)
		out <-= hd words;
	out <-= nil;
}

upper(in, out: chan of string)
{
	for(;;){
		s := <-in;
		if(s == nil)
			break;
		t := "";
		for(i := 0; i < len s; i++){
			c := s[i];
			if(c >= 'a' && c <= 'z')
				c += 'A' - 'a';
			t[len t] = c;
		}
		out <-= t;
	}
	out <-= nil;
}

dropshort(min: int, in, out: chan of string)
{
	dropped := 0;
	while((s := <-in) != nil){
		if(len s < min)
			dropped++;
		else
			out <-= s;
	}
	out <-= sys->sprint("#dropped %d", dropped);
	out <-= nil;
}

number(in: chan of string, out: chan of string)
{
	n := 1;
	while((s := <-in) != nil)
		out <-= sys->sprint("%02d %s", n++, s);
	out <-= nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c1 := chan of string;
	c2 := chan of string;
	c3 := chan[2] of string;
	c4 := chan of string;
	words := "the" :: "quick" :: "brown" :: "fox" :: "jumps" :: "over" :: "a" :: "lazy" :: "dog" :: "again" :: nil;
	spawn source(words, c1);
	spawn upper(c1, c2);
	spawn dropshort(4, c2, c3);
	spawn number(c3, c4);
	lines := 0;
	while((s := <-c4) != nil){
		sys->print("%s\n", s);
		lines++;
	}
	sys->print("pipeline closed after %d lines\n", lines);
}
