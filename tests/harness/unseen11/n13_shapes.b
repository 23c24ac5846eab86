implement Shapes;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Shapes: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y:	real;

	add:	fn(p: self Point, q: Point): Point;
	dist:	fn(p: self Point, q: Point): real;
	text:	fn(p: self Point): string;
};

Shape: adt {
	name:	string;
	pick {
	Circle =>
		c:	Point;
		r:	real;
	Rect =>
		min, max:	Point;
	Poly =>
		pts:	array of Point;
	Group =>
		members:	list of ref Shape;
	}

	area:	fn(s: self ref Shape): real;
	perim:	fn(s: self ref Shape): real;
	move:	fn(s: self ref Shape, d: Point);
	kind:	fn(s: self ref Shape): string;
};

Point.add(p: self Point, q: Point): Point
{
	return Point(p.x+q.x, p.y+q.y);
}

Point.dist(p: self Point, q: Point): real
{
	return math->hypot(p.x-q.x, p.y-q.y);
}

Point.text(p: self Point): string
{
	return sys->sprint("(%g,%g)", p.x, p.y);
}

kindnames := array[] of {"circle", "rect", "poly", "group"};

Shape.kind(s: self ref Shape): string
{
	return kindnames[tagof s];
}

Shape.area(s: self ref Shape): real
{
	pick x := s {
	Circle =>
		return math->Pi * x.r * x.r;
	Rect =>
		return (x.max.x - x.min.x) * (x.max.y - x.min.y);
	Poly =>
		# shoelace formula
		a := 0.0;
		n := len x.pts;
		for(i := 0; i < n; i++){
			(p, q) := (x.pts[i], x.pts[(i+1)%n]);
			a += p.x*q.y - q.x*p.y;
		}
		return math->fabs(a) / 2.0;
	Group =>
		a := 0.0;
		for(l := x.members; l != nil; l = tl l)
			a += (hd l).area();
		return a;
	}
	return 0.0;
}

Shape.perim(s: self ref Shape): real
{
	pick x := s {
	Circle =>
		return 2.0 * math->Pi * x.r;
	Rect =>
		return 2.0 * ((x.max.x - x.min.x) + (x.max.y - x.min.y));
	Poly =>
		p := 0.0;
		for(i := 0; i < len x.pts; i++)
			p += x.pts[i].dist(x.pts[(i+1) % len x.pts]);
		return p;
	Group =>
		p := 0.0;
		for(l := x.members; l != nil; l = tl l)
			p += (hd l).perim();
		return p;
	}
	return 0.0;
}

Shape.move(s: self ref Shape, d: Point)
{
	pick x := s {
	Circle =>
		x.c = x.c.add(d);
	Rect =>
		(x.min, x.max) = (x.min.add(d), x.max.add(d));
	Poly =>
		for(i := 0; i < len x.pts; i++)
			x.pts[i] = x.pts[i].add(d);
	Group =>
		for(l := x.members; l != nil; l = tl l)
			(hd l).move(d);
	}
}

describe(s: ref Shape, indent: string)
{
	sys->print("%s%-7s %-6s area %8.3f  perim %7.3f", indent, s.name, s.kind(), s.area(), s.perim());
	pick x := s {
	Circle =>	sys->print("  centre %s\n", x.c.text());
	Rect =>	sys->print("  %s-%s\n", x.min.text(), x.max.text());
	Poly =>	sys->print("  %d vertices, first %s\n", len x.pts, x.pts[0].text());
	Group =>
		sys->print("  %d members\n", len x.members);
		for(l := x.members; l != nil; l = tl l)
			describe(hd l, indent + "    ");
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	tri := ref Shape.Poly("tri", array[] of {Point(0.0, 0.0), Point(4.0, 0.0), Point(0.0, 3.0)});
	sq := ref Shape.Rect("square", Point(1.0, 1.0), Point(3.0, 3.0));
	disc := ref Shape.Circle("disc", Point(0.0, 0.0), 1.5);
	shapes := array[] of {
		ref Shape.Circle("coin", Point(2.0, 2.0), 0.5),
		sq,
		tri,
		ref Shape.Group("house", sq :: tri :: nil),
		ref Shape.Group("all", disc :: ref Shape.Group("inner", tri :: nil) :: nil),
	};
	for(i := 0; i < len shapes; i++)
		describe(shapes[i], "");
	sys->print("-- move the house by (10,-1)\n");
	shapes[3].move(Point(10.0, -1.0));
	describe(sq, "");
	describe(tri, "");
	# count shapes by kind, groups expanded
	byk := array[4] of {* => 0};
	todo := list of {shapes[4], shapes[3], shapes[0]};
	while(todo != nil){
		s := hd todo;
		todo = tl todo;
		byk[tagof s]++;
		pick g := s {
		Group =>
			for(l := g.members; l != nil; l = tl l)
				todo = hd l :: todo;
		}
	}
	sys->print("circles %d rects %d polys %d groups %d\n", byk[0], byk[1], byk[2], byk[3]);
}
