implement T11b;

include "sys.m";
	sys: Sys;
include "draw.m";

T11b: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	NW: con 4;
	Lo, Mid, Hi: con iota * 2;
	Pair: type (int, string);
	Vec: type array of real;
	p: Pair = (NW, "four");
	(n, s) := p;
	v: Vec = array[NW] of {* => 1.5};
	sys->print("%d %s %d %d %d %g\n", n, s, Lo, Mid, Hi, v[NW-1]);
	{
		Inner: con "inner";
		sys->print("%s %d\n", Inner, len Inner);
	}
}
