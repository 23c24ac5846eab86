implement PolyErrIntArg;

include "sys.m";
	sys: Sys;
include "draw.m";

PolyErrIntArg: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

# a type parameter stands only for reference types: int is refused
id[T](x: T): T
{
	return x;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%s\n", id("ok"));
	sys->print("%d\n", id(3));
}
