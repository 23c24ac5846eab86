implement P26;

include "sys.m";
	sys: Sys;
include "draw.m";

P26: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := sys->sprint("a%cb", 0);
	sys->print("%d\n", len s);
	t := "x\0y";
	u := sys->sprint("[%s]", t);
	sys->print("%d %d\n", len t, len u);
	v := "p" + "\0" + "q";
	sys->print("%d\n", len v);
}
