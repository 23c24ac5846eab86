implement TypeErrAdtFieldNames;

include "sys.m";
	sys: Sys;
include "draw.m";

TypeErrAdtFieldNames: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

# same field types but different names: distinct types
A: adt {
	x, y: int;
};

C: adt {
	u, v: int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := A(1, 2);
	c: C = a;
	sys->print("%d\n", c.u);
}
