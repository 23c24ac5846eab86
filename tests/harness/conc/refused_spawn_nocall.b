implement Refused;

# spawn needs a call; a plain value is refused.

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
	spawn x;
	sys->print("spawned\n");
}
