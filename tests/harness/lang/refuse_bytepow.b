implement BytePow;

include "sys.m";
	sys: Sys;
include "draw.m";

BytePow: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := byte 3;
	sys->print("%d\n", int (x ** 2));
}
