implement Refused;

# the size of a buffered channel must be an int.

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
	c := chan[1.5] of int;
	c <-= 1;
	sys->print("%d\n", <-c);
}
