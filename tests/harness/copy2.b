implement P21;

include "sys.m";
	sys: Sys;
include "draw.m";

P21: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Pt: adt {
	x, y: int;
	arr: array of int;
};

show(tag: string, p: Pt, done: chan of int)
{
	sys->print("%s %d\n", tag, p.x);
	done <-= 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	done := chan of int;
	p := Pt(1, 2, array[2] of int);
	spawn show("spawned", p, done);
	p.x = 99;
	<-done;

	c := chan of Pt;
	spawn recv(c, done);
	alt {
	c <-= p =>
		p.x = 5;
	}
	<-done;

	a := array[3] of Pt;
	b := array[2] of {Pt(7, 7, nil), Pt(8, 8, nil)};
	a[1:] = b;
	b[0].x = 70;
	sys->print("slice-assign %d %d %d\n", a[1].x, a[2].x, b[0].x);
	s := a[1:];
	s[0].x = 71;
	sys->print("slice-share %d\n", a[1].x);

	q := p;
	q.arr[0] = 42;
	q.x = 6;
	sys->print("array field shared %d, x %d %d\n", p.arr[0], p.x, q.x);

	l := p :: q :: nil;
	p.arr[1] = 43;
	sys->print("list elem array shared %d\n", (hd l).arr[1]);

	tup := (p, "t");
	lt := tup :: nil;
	(tp, ts) := hd lt;
	tp.x = 1000;
	(tp2, nil) := hd lt;
	sys->print("tuple in list %d %d %s\n", tp.x, tp2.x, ts);
}

recv(c: chan of Pt, done: chan of int)
{
	v := <-c;
	sys->print("alt-sent %d\n", v.x);
	done <-= 1;
}
