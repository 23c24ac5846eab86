implement TupleAsAdt;

include "sys.m";
	sys: Sys;
include "draw.m";

TupleAsAdt: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

I: adt {
	a, b: int;
};

S: adt {
	name: string;
	pos: I;
};

sum(p: array of I): int
{
	t := 0;
	for(i := 0; i < len p; i++)
		t += p[i].a * p[i].b;
	return t;
}

mk(n: int): I
{
	return (n, n * n);
}

swap(i: I): (int, int)
{
	return (i.b, i.a);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := array[] of {I(1, 2), (3, 4)};
	sys->print("len %d sum %d\n", len p, sum(p));
	p[0] = (10, 20);
	sys->print("elt store %d %d\n", p[0].a, p[0].b);
	q := array[] of {I(5, 6), (7, 8)};
	sys->print("mixed %d %d\n", q[1].a, sum(q));
	r := mk(4);
	sys->print("ret %d %d\n", r.a, r.b);
	(x, y) := swap((1, 9));
	sys->print("param %d %d\n", x, y);
	l := I(2, 2) :: nil;
	l = (1, 1) :: l;
	l = I(3, 3) :: l;
	sys->print("list %d %d\n", (hd l).a, (hd tl l).b);
	s := S("n", (6, 7));
	sys->print("nested %s %d %d\n", s.name, s.pos.a, s.pos.b);
	t: (int, int);
	t = r;
	(t0, t1) := t;
	sys->print("adt to tuple %d %d\n", t0, t1);
	(u, v) := r;
	sys->print("unpack adt %d %d\n", u, v);
	c := chan[1] of I;
	c <-= (11, 12);
	got := <-c;
	sys->print("chan %d %d\n", got.a, got.b);
	rp := ref I(1, 2);
	*rp = (3, 4);
	sys->print("through ref %d %d\n", rp.a, rp.b);
	g := array[2] of {* => I(0, 0)};
	g[1:] = array[] of {I(8, 8)};
	sys->print("slice %d %d\n", g[0].a, g[1].b);
}
