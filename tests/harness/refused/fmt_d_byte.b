implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: %d given a byte
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array of byte "AB";
	sys->print("%d\n", int a[0]);
	sys->print("%d\n", a[1]);
}
