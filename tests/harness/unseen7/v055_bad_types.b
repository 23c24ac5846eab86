implement Badtypes;

include "sys.m";
	sys: Sys;
include "draw.m";

Badtypes: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

sum(l: list of string): int
{
	total := 0;
	for(; l != nil; l = tl l)
		total += hd l;		# forgot to convert with int
	return total;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", sum("1" :: "2" :: "3" :: nil));
}
