implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a do-while condition that is real
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := 3.0;
	do {
		x -= 1.0;
	} while(x);
	sys->print("%g\n", x);
}
