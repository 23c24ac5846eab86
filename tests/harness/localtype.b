implement T21;

include "sys.m";
	sys: Sys;
include "draw.m";

T21: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	Pair: type (int, string);
	p: Pair = (4, "four");
	(n, s) := p;
	sys->print("%d %s\n", n, s);
}
