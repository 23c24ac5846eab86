implement TupleAsAdtRuntime;

include "sys.m";
	sys: Sys;
include "draw.m";

TupleAsAdtRuntime: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

I: adt {
	a, b: int;
	sum: fn(i: self I): int;
};

S: adt {
	name: string;
	pos: I;
};

I.sum(i: self I): int
{
	return i.a + i.b;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	o: I;
	o = (1, 2);
	sys->print("assigned %d %d sum %d\n", o.a, o.b, o.sum());
	s := S("n", (6, 7));
	sys->print("ctor nested %d sum %d\n", s.pos.a, s.pos.sum());
	s = ("m", (8, 9));
	sys->print("tuple nested %s\n", s.name);
	sys->print("tuple nested pos %d sum %d\n", s.pos.b, s.pos.sum());
	s.pos = (3, 3);
	sys->print("field from tuple %d\n", s.pos.sum());
	a := array[2] of {* => I(0, 0)};
	a[1] = (4, 5);
	sys->print("elt from tuple %d\n", a[1].sum());
	r := ref S("r", (1, 1));
	*r = ("deref", (2, 2));
	sys->print("through ref %s %d\n", r.name, r.pos.sum());
}
