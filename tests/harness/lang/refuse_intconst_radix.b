implement IntConstRadix;

include "sys.m";
	sys: Sys;
include "draw.m";

IntConstRadix: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

# a constant string converted to int: the compiler refuses a radix prefix
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", int "16r1f");
}
