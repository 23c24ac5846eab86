implement GlobalNonConst;

include "sys.m";
	sys: Sys;
include "draw.m";

GlobalNonConst: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

# a global's initializer must be a constant expression
g1 := 10;
g2 := g1 * 2;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d %d\n", g1, g2);
}
