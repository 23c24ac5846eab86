implement BigConstStr;

include "sys.m";
	sys: Sys;
include "draw.m";

BigConstStr: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

# a constant string converted to big is folded by the compiler, which wants only digits
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%bd\n", big " 42x");
}
