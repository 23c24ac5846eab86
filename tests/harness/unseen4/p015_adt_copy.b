implement AdtCopy;

include "sys.m";
	sys: Sys;
include "draw.m";

AdtCopy: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y: int;
	add: fn(p: self Point, q: Point): Point;
	str: fn(p: self Point): string;
};

Rect: adt {
	min, max: Point;
	tags: array of string;
	label: string;
	area: fn(r: self Rect): int;
	str: fn(r: self Rect): string;
};

Point.add(p: self Point, q: Point): Point
{
	p.x += q.x;
	p.y += q.y;
	return p;
}

Point.str(p: self Point): string
{
	return sys->sprint("(%d,%d)", p.x, p.y);
}

Rect.area(r: self Rect): int
{
	return (r.max.x - r.min.x) * (r.max.y - r.min.y);
}

Rect.str(r: self Rect): string
{
	t := "";
	for(i := 0; i < len r.tags; i++)
		t += "/" + r.tags[i];
	return r.label + "[" + r.min.str() + "-" + r.max.str() + " " + t + "]";
}

grow(r: Rect, d: int): Rect
{
	r.min = r.min.add(Point(-d, -d));
	r.max = r.max.add(Point(d, d));
	r.label += "+";
	return r;
}

growref(r: ref Rect, d: int)
{
	r.min.x -= d;
	r.min.y -= d;
	r.max.x += d;
	r.max.y += d;
	r.label += "*";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := Point(1, 2);
	q := p;
	q.x = 10;
	sys->print("p %s q %s\n", p.str(), q.str());
	s := p.add(q);
	sys->print("p %s s %s\n", p.str(), s.str());

	r1 := Rect(Point(0, 0), Point(4, 3), array[] of {"a", "b"}, "r1");
	r2 := r1;
	r2.label = "r2";
	r2.max.x = 8;
	r2.tags[0] = "shared";
	sys->print("%s area %d\n", r1.str(), r1.area());
	sys->print("%s area %d\n", r2.str(), r2.area());
	r3 := grow(r1, 2);
	sys->print("grown %s area %d; original %s\n", r3.str(), r3.area(), r1.str());

	rr := ref r1;
	rr2 := rr;
	growref(rr, 1);
	sys->print("ref %s; alias %s; value %s\n", (*rr).str(), (*rr2).str(), r1.str());
	copy := *rr;
	copy.label = "copy";
	sys->print("deref copy %s vs %s\n", copy.str(), (*rr).str());

	pts := array[3] of Point;
	pts[0] = p;
	pts[1] = pts[0];
	pts[1].y = 99;
	pts[2] = pts[1].add(pts[0]);
	for(i := 0; i < len pts; i++)
		sys->print("pts[%d] %s\n", i, pts[i].str());
	tup := (p, "tuple");
	(tp, ts) := tup;
	tp.x = -1;
	sys->print("tuple copy %s %s orig %s\n", tp.str(), ts, p.str());
	refs := array[2] of ref Point;
	refs[0] = ref Point(5, 5);
	refs[1] = refs[0];
	refs[1].x = 6;
	sys->fprint(sys->fildes(2), "refs share: %s %s same=%d\n", (*refs[0]).str(), (*refs[1]).str(), refs[0] == refs[1]);
}
