implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: shifting a real
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	r := 7.0;
	sys->print("%g\n", r * 2.0);
	sys->print("%g\n", r >> 1);
}
