implement P01;
include "sys.m";
	sys: Sys;
include "draw.m";
P01: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Point: adt {
	x, y: int;
	add: fn(p: self Point, q: Point): Point;
	scale: fn(p: self Point, k: int): Point;
	text: fn(p: self Point): string;
	eq: fn(p: self Point, q: Point): int;
};

Rect: adt {
	min, max: Point;
	dx: fn(r: self Rect): int;
	dy: fn(r: self Rect): int;
	contains: fn(r: self Rect, p: Point): int;
	canon: fn(r: self Rect): Rect;
};

Counter: adt {
	name: string;
	n: int;
	bump: fn(c: self ref Counter, by: int): int;
};

Point.add(p: self Point, q: Point): Point { return (p.x+q.x, p.y+q.y); }
Point.scale(p: self Point, k: int): Point { return Point(p.x*k, p.y*k); }
Point.text(p: self Point): string { return sys->sprint("(%d,%d)", p.x, p.y); }
Point.eq(p: self Point, q: Point): int { return p.x == q.x && p.y == q.y; }

Rect.dx(r: self Rect): int { return r.max.x - r.min.x; }
Rect.dy(r: self Rect): int { return r.max.y - r.min.y; }
Rect.contains(r: self Rect, p: Point): int
{
	return p.x >= r.min.x && p.x < r.max.x && p.y >= r.min.y && p.y < r.max.y;
}
Rect.canon(r: self Rect): Rect
{
	if(r.min.x > r.max.x)
		(r.min.x, r.max.x) = (r.max.x, r.min.x);
	if(r.min.y > r.max.y)
		(r.min.y, r.max.y) = (r.max.y, r.min.y);
	return r;
}

Counter.bump(c: self ref Counter, by: int): int
{
	c.n += by;
	return c.n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := Point(3, 4);
	q := Point(-1, 10);
	sys->print("%s + %s = %s\n", p.text(), q.text(), p.add(q).text());
	sys->print("scale %s\n", p.scale(-3).text());
	sys->print("eq %d %d\n", p.eq(q), p.eq(Point(3,4)));
	r := Rect((10, 20), (0, 5));
	c := r.canon();
	sys->print("r %s-%s canon %s-%s dx %d dy %d\n", r.min.text(), r.max.text(), c.min.text(), c.max.text(), c.dx(), c.dy());
	for(i := -1; i <= 11; i += 4)
		sys->print("contains (%d,7)=%d\n", i, c.contains((i, 7)));
	ctr := ref Counter("hits", 0);
	alias := ctr;
	ctr.bump(5);
	alias.bump(-2);
	sys->print("%s %d %d\n", ctr.name, ctr.n, alias.bump(10));
	v := *ctr;
	v.n = 999;
	sys->print("copy %d orig %d\n", v.n, ctr.n);
	arr := array[3] of Point;
	for(i = 0; i < len arr; i++)
		arr[i] = Point(i, i*i);
	tot := Point(0, 0);
	for(i = 0; i < len arr; i++)
		tot = tot.add(arr[i]);
	sys->print("tot %s\n", tot.text());
	nilc: ref Counter;
	if(nilc == nil)
		sys->print("nil counter\n");
}
