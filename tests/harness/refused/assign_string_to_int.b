implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: an int variable cannot hold a string
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	n := 3;
	sys->print("n=%d\n", n);
	n = "three";
	sys->print("n=%d\n", n);
}
