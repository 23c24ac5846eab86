implement EvalOrderArgs;

include "sys.m";
	sys: Sys;
include "draw.m";

EvalOrderArgs: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

C: adt {
	n: int;
};

g := 0;
c: ref C;

bump(): int
{
	g++;
	c.n += 10;
	return g;
}

f3(a, b, d: int): string
{
	return sys->sprint("%d %d %d", a, b, d);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c = ref C(0);
	sys->print("global: %s\n", f3(g, bump(), g));
	sys->print("field: %s\n", f3(c.n, bump(), c.n));
	x := 5;
	sys->print("local: %s\n", f3(x, x++, x));
	sys->print("print: %d %d %d\n", g, bump(), g);
	sys->print("expr: %d\n", g * 100 + bump());
	sys->print("expr2: %d\n", bump() * 100 + g);
	a := array[] of {g, bump(), g};
	sys->print("array lit: %d %d %d\n", a[0], a[1], a[2]);
	t := (g, bump(), g);
	(t0, t1, t2) := t;
	sys->print("tuple lit: %d %d %d\n", t0, t1, t2);
	l := g :: bump() :: g :: nil;
	sys->print("list: %d %d %d\n", hd l, hd tl l, hd tl tl l);
	s := string g + "," + string bump() + "," + string g;
	sys->print("concat: %s\n", s);
	r := ref C(g + bump());
	sys->print("ref ctor: %d\n", r.n);
}
