implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: division by zero in a constant expression
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := 10 / 2;
	sys->print("%d\n", x);
	y := 10 / 0;
	sys->print("%d\n", y);
}
