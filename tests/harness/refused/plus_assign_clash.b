implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: += of a real into an int
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := 3;
	x += 2;
	sys->print("%d\n", x);
	x += 1.5;
	sys->print("%d\n", x);
}
