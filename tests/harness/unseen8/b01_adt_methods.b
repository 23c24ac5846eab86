implement AdtMethods;

include "sys.m";
	sys: Sys;
include "draw.m";

AdtMethods: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Point: adt {
	x, y: int;
	add: fn(p: self Point, q: Point): Point;
	scale: fn(p: self Point, k: int): Point;
	text: fn(p: self Point): string;
	manhattan: fn(p: self Point): int;
};

Counter: adt {
	name: string;
	n: int;
	bump: fn(c: self ref Counter, by: int): int;
	reset: fn(c: self ref Counter);
};

Point.add(p: self Point, q: Point): Point
{
	return (p.x + q.x, p.y + q.y);
}

Point.scale(p: self Point, k: int): Point
{
	p.x *= k;
	p.y *= k;
	return p;
}

Point.text(p: self Point): string
{
	return sys->sprint("(%d,%d)", p.x, p.y);
}

Point.manhattan(p: self Point): int
{
	ax := p.x;
	if(ax < 0)
		ax = -ax;
	ay := p.y;
	if(ay < 0)
		ay = -ay;
	return ax + ay;
}

Counter.bump(c: self ref Counter, by: int): int
{
	old := c.n;
	c.n += by;
	return old;
}

Counter.reset(c: self ref Counter)
{
	c.n = 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := Point(3, -4);
	b := Point(-7, 2);
	c := a.add(b);
	sys->print("a=%s b=%s a+b=%s\n", a.text(), b.text(), c.text());
	d := c.scale(3);
	sys->print("scaled=%s original=%s\n", d.text(), c.text());
	sys->print("manhattan a=%d d=%d\n", a.manhattan(), d.manhattan());
	sys->print("chain=%s\n", a.add(b).scale(2).add(Point(1, 1)).text());

	ctr := ref Counter("hits", 10);
	for(i := 1; i <= 4; i++) {
		o := ctr.bump(i);
		sys->print("%s: was %d now %d\n", ctr.name, o, ctr.n);
	}
	alias := ctr;
	alias.reset();
	sys->print("after reset via alias: %d\n", ctr.n);
	ctr.bump(ctr.bump(5) + 100);
	sys->print("nested bump: %d\n", ctr.n);

	pts := array[] of {Point(1, 2), Point(3, 4), Point(5, 6)};
	sum := Point(0, 0);
	for(i = 0; i < len pts; i++)
		sum = sum.add(pts[i]);
	sys->print("sum=%s\n", sum.text());
	pts[1].x = 100;
	sys->print("pts[1]=%s\n", pts[1].text());
}
