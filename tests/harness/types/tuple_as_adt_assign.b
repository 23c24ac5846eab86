implement TupleAsAdtAssign;

include "sys.m";
	sys: Sys;
include "draw.m";

TupleAsAdtAssign: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

I: adt {
	a, b: int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p: array of I;
	p = array[] of {(1, 2), (3, 4)};
	sys->print("array assign %d %d %d\n", len p, p[0].b, p[1].a);
	l: list of I;
	l = (5, 6) :: (7, 8) :: nil;
	sys->print("list assign %d %d\n", (hd l).a, (hd tl l).b);
	q: array of I = array[] of {(9, 10)};
	sys->print("typed decl %d\n", q[0].b);
	t := array[] of {(11, 12)};
	p = t;
	sys->print("tuple array var %d\n", p[0].a);
}
