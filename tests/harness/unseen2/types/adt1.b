# exercises adts with member functions, self refs, value vs ref semantics, nil refs
implement Adt1;
include "sys.m";
include "draw.m";
sys: Sys;
Adt1: module { init: fn(nil: ref Draw->Context, nil: list of string); };
Point: adt {
	x, y: int;
	add: fn(p: self Point, q: Point): Point;
	scale: fn(p: self ref Point, k: int);
	text: fn(p: self Point): string;
	origin: fn(): Point;
};
Point.add(p: self Point, q: Point): Point { return (p.x + q.x, p.y + q.y); }
Point.scale(p: self ref Point, k: int) { p.x *= k; p.y *= k; }
Point.text(p: self Point): string { return sys->sprint("(%d,%d)", p.x, p.y); }
Point.origin(): Point { return Point(0, 0); }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := Point(1, 2);
	b := Point(10, 20);
	c := a.add(b);
	sys->print("%s %s %s\n", a.text(), b.text(), c.text());
	d := c; d.x = 99;
	sys->print("%s %s\n", c.text(), d.text());
	r := ref c;
	r.scale(3);
	sys->print("%s %s\n", c.text(), (*r).text());
	r2 := r; r2.y = -1;
	sys->print("%s\n", (*r).text());
	sys->print("%s\n", Point.origin().text());
	n: ref Point;
	sys->print("%d %d\n", n == nil, r == r2);
	r3 := ref Point(1, 1);
	sys->print("%d\n", r3 == r);
	pts := array[3] of Point;
	for(i := 0; i < 3; i++) pts[i] = Point(i, i*i);
	q := pts[2]; q.x = 7;
	sys->print("%s %s\n", pts[2].text(), q.text());
	pts[1].y = 55;
	sys->print("%s\n", pts[1].text());
}
