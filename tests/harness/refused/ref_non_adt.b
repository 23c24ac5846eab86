implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: ref applied to an int value
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := ref 5;
	sys->print("%d\n", *p);
}
