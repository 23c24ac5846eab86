implement Shapes, Geometry, Report;

# three module interfaces implemented by one file; the program
# reaches its own Geometry and Report parts through load "$self".

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Shapes: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Geometry: module
{
	Shape: adt {
		name:	string;
		pick {
		Circle =>
			r:	real;
		Rect =>
			w, h:	real;
		Tri =>
			a, b, c:	real;
		}
	};
	area:	fn(s: ref Shape): real;
	perimeter:	fn(s: ref Shape): real;
	valid:	fn(s: ref Shape): int;
	calls:	fn(): int;
};

Report: module
{
	header:	fn(title: string): string;
	row:	fn(name, kind: string, a, p: real): string;
	footer:	fn(n: int, total: real): string;
};

geo: Geometry;
rep: Report;

ncalls := 0;

area(s: ref Shape): real
{
	ncalls++;
	pick x := s {
	Circle =>
		return Math->Pi * x.r * x.r;
	Rect =>
		return x.w * x.h;
	Tri =>
		p := (x.a + x.b + x.c) / 2.0;
		return math->sqrt(p * (p-x.a) * (p-x.b) * (p-x.c));
	}
	return 0.0;
}

perimeter(s: ref Shape): real
{
	ncalls++;
	pick x := s {
	Circle =>
		return 2.0 * Math->Pi * x.r;
	Rect =>
		return 2.0 * (x.w + x.h);
	Tri =>
		return x.a + x.b + x.c;
	}
	return 0.0;
}

valid(s: ref Shape): int
{
	pick x := s {
	Circle =>
		return x.r > 0.0;
	Rect =>
		return x.w > 0.0 && x.h > 0.0;
	Tri =>
		return x.a + x.b > x.c && x.b + x.c > x.a && x.a + x.c > x.b;
	}
	return 0;
}

calls(): int
{
	return ncalls;
}

header(title: string): string
{
	line := "";
	for(i := 0; i < 40; i++)
		line += "=";
	return sys->sprint("%s\n%-10s %-7s %10s %10s\n%s", title, "name", "kind", "area", "perim", line);
}

row(name, kind: string, a, p: real): string
{
	return sys->sprint("%-10s %-7s %10.3f %10.3f", name, kind, a, p);
}

footer(n: int, total: real): string
{
	return sys->sprint("%d shapes, total area %.3f", n, total);
}

kind(s: ref Shape): string
{
	pick x := s {
	Circle =>	return "circle";
	Rect =>	return "rect";
	Tri =>	return "tri";
	}
	return "?";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	geo = load Geometry "$self";
	rep = load Report "$self";
	if(geo == nil || rep == nil){
		sys->fprint(sys->fildes(2), "shapes: load $self: %r\n");
		raise "fail:self";
	}

	shapes := array[] of {
		ref Shape.Circle("coin", 1.0),
		ref Shape.Rect("table", 2.0, 0.75),
		ref Shape.Tri("roof", 3.0, 4.0, 5.0),
		ref Shape.Tri("broken", 1.0, 1.0, 3.0),
		ref Shape.Circle("dot", 0.0),
		ref Shape.Rect("square", 1.5, 1.5),
	};

	sys->print("%s\n", rep->header("shape report"));
	total := 0.0;
	n := 0;
	for(i := 0; i < len shapes; i++){
		s := shapes[i];
		if(!geo->valid(s)){
			sys->fprint(sys->fildes(2), "skip %s: invalid %s\n", s.name, kind(s));
			continue;
		}
		a := geo->area(s);
		total += a;
		n++;
		sys->print("%s\n", rep->row(s.name, kind(s), a, geo->perimeter(s)));
	}
	sys->print("%s\n", rep->footer(n, total));

	# the largest by area, using the functions directly this time
	best: ref Shape;
	for(i = 0; i < len shapes; i++)
		if(valid(shapes[i]) && (best == nil || area(shapes[i]) > area(best)))
			best = shapes[i];
	sys->print("largest: %s (%s), area %.4f\n", best.name, kind(best), area(best));
	sys->print("geometry calls: %d\n", geo->calls());
}
