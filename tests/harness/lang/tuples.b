implement Tuples;

include "sys.m";
	sys: Sys;
include "draw.m";

Tuples: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Pt: adt {
	x, y: int;
};

divmod(a, b: int): (int, int)
{
	return (a / b, a % b);
}

nest(): (int, (string, real), list of int)
{
	return (1, ("two", 3.0), 4 :: nil);
}

swap(t: (int, string)): (string, int)
{
	(a, b) := t;
	return (b, a);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	(q, r) := divmod(17, 5);
	sys->print("divmod %d %d\n", q, r);
	(q, r) = divmod(-17, 5);
	sys->print("divmod %d %d\n", q, r);
	(nil, r) = divmod(100, 7);
	sys->print("rem only %d\n", r);
	(q, nil) = divmod(100, 7);
	sys->print("quot only %d\n", q);
	a: int;
	b: string;
	c: real;
	d: list of int;
	(a, (b, c), d) = nest();
	sys->print("nest %d %s %g %d\n", a, b, c, hd d);
	b2: string;
	(nil, (b2, nil), nil) = nest();
	sys->print("nest placeholder %s\n", b2);
	t := nest();
	(x, inner, nil) := t;
	(s, nil) := inner;
	sys->print("via var %d %s\n", x, s);
	(n1, s1) := swap((5, "five"));
	sys->print("swap %s %d\n", n1, s1);
	i := 1;
	j := 2;
	(i, j) = (j, i);
	sys->print("exchange %d %d\n", i, j);
	arr := array[3] of int;
	k := 0;
	(k, arr[k]) = (2, 9);
	sys->print("target order k=%d arr %d %d %d\n", k, arr[0], arr[1], arr[2]);
	p := Pt(3, 4);
	(px, py) := p;
	sys->print("adt %d %d\n", px, py);
	tl1: (int, string);
	sys->print("zero tuple %q\n", tl1.t1);
	tl1 = (7, "seven");
	lt := ((1, 2), (3, 4));
	sys->print("tuple of tuples %d %d\n", lt.t0.t1, lt.t1.t0);
	(u, v) := (big 5, 2.5);
	sys->print("mixed %bd %g\n", u, v);
	{
		(w1, w2) := (i, 10 / (j - 2));
		sys->print("no %d %d\n", w1, w2);
	} exception e {
	"*" =>
		sys->print("exc in tuple: %s\n", e);
	}
	tl2 := tl1;
	tl2.t0 = 8;
	sys->print("copy %d %d\n", tl1.t0, tl2.t0);
	ta := array[] of {(1, "a"), (2, "b")};
	ta[1].t1 = "B";
	(n3, s3) := ta[1];
	sys->print("array of tuples %d %s\n", n3, s3);
}
