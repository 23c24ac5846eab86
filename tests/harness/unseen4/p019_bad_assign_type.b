implement BadAssign;

include "sys.m";
	sys: Sys;
include "draw.m";

BadAssign: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Entry: adt {
	key: string;
	count: int;
};

tally(words: list of string): list of Entry
{
	r: list of Entry;
	for(; words != nil; words = tl words){
		e := Entry(hd words, 1);
		# mistake: assigning a string to an int field
		e.count = hd words;
		r = e :: r;
	}
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(l := tally("a" :: "b" :: nil); l != nil; l = tl l)
		sys->print("%s %d\n", (hd l).key, (hd l).count);
}
