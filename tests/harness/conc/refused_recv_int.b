implement Refused;

# receiving from something that is not a channel is refused.

include "sys.m";
	sys: Sys;
include "draw.m";

Refused: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := 3;
	y := <-x;
	sys->print("%d\n", y);
}
