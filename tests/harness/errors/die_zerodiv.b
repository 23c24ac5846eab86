implement DieZeroDiv;

include "sys.m";
	sys: Sys;
include "draw.m";

DieZeroDiv: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 2; i >= 0; i--)
		sys->print("%d\n", 10 / i);
}
