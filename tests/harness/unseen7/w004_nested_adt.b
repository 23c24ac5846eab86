implement NestedAdt;

include "sys.m";
	sys: Sys;
include "draw.m";

NestedAdt: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y: int;
	add: fn(p: self Point, q: Point): Point;
	text: fn(p: self Point): string;
};

Rect: adt {
	min, max: Point;
	dx: fn(r: self Rect): int;
	dy: fn(r: self Rect): int;
	contains: fn(r: self Rect, p: Point): int;
};

Shape: adt {
	name: string;
	bounds: Rect;
	origin: Point;
};

Point.add(p: self Point, q: Point): Point
{
	return Point(p.x + q.x, p.y + q.y);
}

Point.text(p: self Point): string
{
	return sys->sprint("(%d,%d)", p.x, p.y);
}

Rect.dx(r: self Rect): int { return r.max.x - r.min.x; }
Rect.dy(r: self Rect): int { return r.max.y - r.min.y; }

Rect.contains(r: self Rect, p: Point): int
{
	return p.x >= r.min.x && p.x < r.max.x && p.y >= r.min.y && p.y < r.max.y;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := Shape("box", Rect(Point(1, 2), Point(11, 7)), Point(0, 0));
	sys->print("%s: %s-%s %dx%d\n", s.name, s.bounds.min.text(), s.bounds.max.text(), s.bounds.dx(), s.bounds.dy());
	s.bounds.max.x += 5;
	sys->print("after grow dx=%d\n", s.bounds.dx());
	pts := array[] of {Point(0, 0), Point(1, 2), Point(15, 6), Point(16, 6), Point(5, 7)};
	for(i := 0; i < len pts; i++)
		sys->print("%s in=%d\n", pts[i].text(), s.bounds.contains(pts[i]));
	t := s;
	t.name = "copy";
	t.origin = t.origin.add(Point(3, 4));
	sys->print("%s %s / %s %s\n", s.name, s.origin.text(), t.name, t.origin.text());
}
