implement PickShapes;

include "sys.m";
	sys: Sys;
include "draw.m";

PickShapes: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Shape: adt {
	tag: string;
	pick {
	Circle =>
		r: real;
	Rect =>
		w, h: real;
	Tri =>
		a, b, c: real;
	Dot =>
	}
	area: fn(s: self ref Shape): real;
	kind: fn(s: self ref Shape): string;
};

sqrt(x: real): real
{
	if(x <= 0.0)
		return 0.0;
	g := x;
	for(i := 0; i < 60; i++)
		g = (g + x / g) / 2.0;
	return g;
}

Shape.area(s: self ref Shape): real
{
	pick p := s {
	Circle =>
		return 3.0 * p.r * p.r;
	Rect =>
		return p.w * p.h;
	Tri =>
		h := (p.a + p.b + p.c) / 2.0;
		return sqrt(h * (h - p.a) * (h - p.b) * (h - p.c));
	Dot =>
		return 0.0;
	}
	return -1.0;
}

Shape.kind(s: self ref Shape): string
{
	pick p := s {
	Circle => return "circle";
	Rect => return "boxy";
	Dot => return "point";
	* => return "other";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	shapes: list of ref Shape;
	shapes = ref Shape.Circle("c1", 2.0) :: shapes;
	shapes = ref Shape.Rect("r1", 3.0, 4.5) :: shapes;
	shapes = ref Shape.Tri("t1", 3.0, 4.0, 5.0) :: shapes;
	shapes = ref Shape.Dot("d1") :: shapes;
	shapes = ref Shape.Rect("sq", 2.0, 2.0) :: shapes;

	total := 0.0;
	nrect := 0;
	for(l := shapes; l != nil; l = tl l) {
		s := hd l;
		a := s.area();
		total += a;
		sys->print("%-3s %-6s area=%.2f\n", s.tag, s.kind(), a);
		pick r := s {
		Rect =>
			nrect++;
			r.w *= 2.0;
		}
	}
	sys->print("total=%.3f rects=%d\n", total, nrect);
	# the rectangles were doubled in place through the ref
	total = 0.0;
	for(l = shapes; l != nil; l = tl l)
		total += (hd l).area();
	sys->print("total after doubling=%.3f\n", total);

	s: ref Shape = ref Shape.Circle("big", 10.0);
	s.tag = "renamed";
	pick c := s {
	Circle =>
		sys->print("%s r=%g\n", c.tag, c.r);
	}
}
