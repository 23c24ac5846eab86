implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: assigning to a constant
LIMIT: con 10;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", LIMIT);
	LIMIT = 11;
	sys->print("%d\n", LIMIT);
}
