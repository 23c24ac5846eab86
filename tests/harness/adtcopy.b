implement P04;

include "sys.m";
	sys: Sys;
include "draw.m";

P04: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Pt: adt {
	x, y: int;
};

Rec: adt {
	name: string;
	p: Pt;
};

modify(p: Pt): int
{
	p.x = 1000;
	return p.x;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := Pt(1, 2);

	# cons copies the value
	l := p :: nil;
	p.x = 10;
	sys->print("list %d %d\n", (hd l).x, p.x);

	# array element store copies
	a := array[2] of Pt;
	a[0] = p;
	p.x = 20;
	sys->print("array %d %d\n", a[0].x, p.x);

	# array initializer copies
	b := array[] of {p, p};
	b[0].x = 21;
	sys->print("init %d %d %d\n", b[0].x, b[1].x, p.x);

	# tuple copies
	t := (p, 5);
	p.x = 30;
	(tp, nil) := t;
	sys->print("tuple %d %d\n", tp.x, p.x);

	# channel send copies
	c := chan[1] of Pt;
	c <-= p;
	p.x = 40;
	q := <-c;
	sys->print("chan %d %d\n", q.x, p.x);

	# ref of a value copies
	r := ref p;
	p.x = 50;
	sys->print("ref %d %d\n", r.x, p.x);

	# nested adt field copy
	rec := Rec("r", p);
	p.x = 60;
	rec2 := rec;
	rec2.p.x = 61;
	sys->print("nested %d %d %d\n", rec.p.x, rec2.p.x, p.x);

	# argument passing copies
	v := modify(p);
	sys->print("arg %d %d\n", v, p.x);

	# element of array read out copies
	e := a[0];
	e.x = 70;
	sys->print("elem %d %d\n", e.x, a[0].x);

	# hd of list read out copies
	h := hd l;
	h.y = 77;
	sys->print("hd %d %d\n", h.y, (hd l).y);

	# global/return copies
	g := mk(p);
	g.x = 80;
	sys->print("ret %d %d\n", g.x, p.x);
}

mk(p: Pt): Pt
{
	return p;
}
