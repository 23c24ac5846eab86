implement ArrayWildInit;

include "sys.m";
	sys: Sys;
include "draw.m";

ArrayWildInit: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Cell: adt {
	v: int;
	l: list of int;
};

count := 0;

next(): int
{
	count++;
	return count;
}

# the initialiser of a * => arm: evaluated once per element, or shared?
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[4] of {* => next()};
	sys->print("calls %d: %d %d %d %d\n", count, a[0], a[1], a[2], a[3]);
	count = 0;
	b := array[4] of {0 => 100, * => next()};
	sys->print("calls %d: %d %d %d %d\n", count, b[0], b[1], b[2], b[3]);
	r := array[3] of {* => ref Cell(0, nil)};
	r[0].v = 5;
	sys->print("refs: %d %d %d same %d\n", r[0].v, r[1].v, r[2].v, r[0] == r[1]);
	v := array[3] of {* => Cell(1, nil)};
	v[0].v = 6;
	sys->print("values: %d %d\n", v[0].v, v[1].v);
	g := array[2] of {* => array[2] of {* => 0}};
	g[0][0] = 7;
	sys->print("rows: %d %d same %d\n", g[0][0], g[1][0], g[0] == g[1]);
	c := array[2] of {* => chan[1] of int};
	sys->print("chans same %d\n", c[0] == c[1]);
	c[1] <-= 3;
	(i, x) := <-c;
	sys->print("recv from %d got %d\n", i, x);
	e := array[3] of {1 to 2 => ref Cell(2, nil), * => nil};
	sys->print("range: nil %d same %d\n", e[0] == nil, e[1] == e[2]);
	count = 0;
	f := array[5] of {1 or 3 => next(), * => 0};
	sys->print("or arm calls %d: %d %d %d\n", count, f[1], f[3], f[4]);
}
