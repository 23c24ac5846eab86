implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a constant string converted to big with trailing junk
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := big "42";
	sys->print("%bd\n", a);
	b := big " 42x";
	sys->print("%bd\n", b);
}
