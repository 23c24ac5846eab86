implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a constant string converted to int in another radix notation
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := int "123";
	sys->print("%d\n", a);
	b := int "16r10";
	sys->print("%d\n", b);
}
