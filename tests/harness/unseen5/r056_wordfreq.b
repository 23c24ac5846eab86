implement Wordfreq;

include "sys.m";
	sys: Sys;
include "draw.m";

Wordfreq: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Count: adt {
	word:	string;
	n:	int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	text := "a rose is a rose is a rose";
	(nil, words) := sys->tokenize(text, " ");
	counts: list of ref Count;
	for(; words != nil; words = tl words){
		found := 0;
		for(l := counts; l != nil; l = tl l)
			if((hd l).word == hd words){
				(hd l).n++;
				found = 1;
			}
		if(!found)
			counts = ref Count(hd words, 1) :: counts;
	}
	for(; counts != nil; counts = tl counts){
		c := hd counts;
		line := c.word + ": " + c.n;	# no implicit int to string
		sys->print("%s\n", line);
	}
}
