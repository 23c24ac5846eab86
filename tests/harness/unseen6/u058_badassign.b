implement Repeat;

include "sys.m";
	sys: Sys;
include "draw.m";

Repeat: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	times := 3;
	if(tl argv != nil)
		times = hd tl argv;
	for(i := 0; i < times; i++)
		sys->print("hello %d\n", i);
}
