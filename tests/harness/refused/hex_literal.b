implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: C-style hex constant (Limbo writes 16r10)
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := 16r10;
	sys->print("%d\n", a);
	b := 0x10;
	sys->print("%d\n", b);
}
