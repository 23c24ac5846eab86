implement P07;

include "sys.m";
	sys: Sys;
include "draw.m";

P07: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Pt: adt {
	x, y: int;
	name: string;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := Pt(1, 2, "a");
	(x, y, nm) := a;
	sys->print("%d %d %s\n", x, y, nm);
}
