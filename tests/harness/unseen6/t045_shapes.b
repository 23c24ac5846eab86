implement Shapes;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Shapes: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Shape: adt {
	name:	string;
	pick {
	Circle =>
		r: real;
	Rect =>
		w, h: real;
	Tri =>
		a, b, c: real;
	}
	area:	fn(s: self ref Shape): real;
};

Shape.area(s: self ref Shape): real
{
	pick x := s {
	Circle =>
		return math->Pi * x.r * x.r;
	Rect =>
		return x.w * x.h;
	Triangle =>
		p := (x.a + x.b + x.c) / 2.0;
		return math->sqrt(p * (p-x.a) * (p-x.b) * (p-x.c));
	}
	return 0.0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	shapes := array[] of {
		ref Shape.Circle("disc", 1.5),
		ref Shape.Rect("door", 0.9, 2.1),
		ref Shape.Tri("sail", 3.0, 4.0, 5.0),
	};
	total := 0.0;
	for(i := 0; i < len shapes; i++){
		a := shapes[i].area();
		total += a;
		sys->print("%-5s %8.3f\n", shapes[i].name, a);
	}
	sys->print("total %8.3f\n", total);
}
