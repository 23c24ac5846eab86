implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a tuple of three taken apart into two names
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	(a, b) := (1, 2);
	sys->print("%d %d\n", a, b);
	(c, d) := (1, 2, 3);
	sys->print("%d %d\n", c, d);
}
