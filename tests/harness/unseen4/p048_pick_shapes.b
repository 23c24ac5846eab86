implement PickShapes;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

PickShapes: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Shape: adt {
	name: string;
	pick {
	Circle =>
		r: real;
	Rect or Ellipse =>
		w, h: real;
	Poly =>
		xs, ys: array of real;
	Group =>
		members: list of ref Shape;
	}

	area: fn(s: self ref Shape): real;
	describe: fn(s: self ref Shape): string;
};

Shape.area(s: self ref Shape): real
{
	pick x := s {
	Circle =>
		return Math->Pi * x.r * x.r;
	Rect =>
		return x.w * x.h;
	Ellipse =>
		return Math->Pi * x.w * x.h / 4.0;
	Poly =>
		a := 0.0;
		n := len x.xs;
		for(i := 0; i < n; i++){
			j := (i + 1) % n;
			a += x.xs[i] * x.ys[j] - x.xs[j] * x.ys[i];
		}
		return math->fabs(a) / 2.0;
	Group =>
		t := 0.0;
		for(l := x.members; l != nil; l = tl l)
			t += (hd l).area();
		return t;
	}
	return 0.0;
}

Shape.describe(s: self ref Shape): string
{
	kind: string;
	pick x := s {
	Circle =>
		kind = sys->sprint("circle r=%g", x.r);
	Rect or Ellipse =>
		kind = sys->sprint("box-like %gx%g", x.w, x.h);
	Poly =>
		kind = sys->sprint("polygon with %d vertices", len x.xs);
	Group =>
		kind = sys->sprint("group of %d", len x.members);
	}
	return sys->sprint("%s: %s, area %.3f", s.name, kind, s.area());
}

scale(s: ref Shape, f: real)
{
	pick x := s {
	Circle =>
		x.r *= f;
	Rect or Ellipse =>
		x.w *= f;
		x.h *= f;
	Poly =>
		for(i := 0; i < len x.xs; i++){
			x.xs[i] *= f;
			x.ys[i] *= f;
		}
	Group =>
		for(l := x.members; l != nil; l = tl l)
			scale(hd l, f);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	c := ref Shape.Circle("c1", 1.5);
	r := ref Shape.Rect("r1", 3.0, 4.0);
	e := ref Shape.Ellipse("e1", 2.0, 1.0);
	tri := ref Shape.Poly("tri", array[] of {0.0, 4.0, 0.0}, array[] of {0.0, 0.0, 3.0});
	g := ref Shape.Group("g", c :: r :: nil);
	all := g :: c :: r :: e :: tri :: ref Shape.Group("outer", g :: tri :: nil) :: nil;
	for(l := all; l != nil; l = tl l)
		sys->print("%s\n", (hd l).describe());
	scale(g, 2.0);
	sys->print("after scaling g by 2:\n");
	for(l = all; l != nil; l = tl l)
		sys->print("  %s area %.2f\n", (hd l).name, (hd l).area());
	n := 0;
	for(l = all; l != nil; l = tl l)
		pick x := hd l {
		Rect or Ellipse =>
			n++;
			sys->fprint(sys->fildes(2), "box-like %s w=%g\n", x.name, x.w);
		}
	sys->print("%d box-like shapes\n", n);
}
