implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: % on reals
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := 7.5;
	y := 2.0;
	sys->print("%g\n", x / y);
	sys->print("%g\n", x % y);
}
