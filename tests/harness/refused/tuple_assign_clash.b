implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: tuple assignment whose second value has the wrong type
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	(a, b) := (1, 2);
	(a, b) = (b, a);
	sys->print("%d %d\n", a, b);
	(a, b) = (b, "x");
	sys->print("%d %d\n", a, b);
}
