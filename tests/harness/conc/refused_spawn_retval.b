implement Refused;

# spawn of a function that returns a value is refused.

include "sys.m";
	sys: Sys;
include "draw.m";

Refused: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

twice(x: int): int
{
	return 2*x;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	spawn twice(1);
	sys->print("spawned\n");
}
