implement Shapes, Geometry;

include "sys.m";
	sys: Sys;
include "draw.m";

Shapes: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

Geometry: module
{
	PATH: con "$self";
	Shape: adt {
		name: string;
		pick {
		Circle =>
			r: real;
		Rect =>
			w, h: real;
		Tri =>
			a, b, c: real;
		}
	};
	area: fn(s: ref Shape): real;
	perimeter: fn(s: ref Shape): real;
	describe: fn(s: ref Shape): string;
};

geo: Geometry;

PI: con 3.14159265358979;
scale := 1.0;
calls := 0;

sqrt(x: real): real
{
	if(x <= 0.0)
		return 0.0;
	g := x;
	for(i := 0; i < 60; i++)
		g = (g + x/g) / 2.0;
	return g;
}

area(s: ref Shape): real
{
	calls++;
	a := 0.0;
	pick t := s {
	Circle =>
		a = PI * t.r * t.r;
	Rect =>
		a = t.w * t.h;
	Tri =>
		p := (t.a + t.b + t.c) / 2.0;
		a = sqrt(p * (p-t.a) * (p-t.b) * (p-t.c));
	}
	return a * scale * scale;
}

perimeter(s: ref Shape): real
{
	calls++;
	p := 0.0;
	pick t := s {
	Circle =>
		p = 2.0 * PI * t.r;
	Rect =>
		p = 2.0 * (t.w + t.h);
	Tri =>
		p = t.a + t.b + t.c;
	}
	return p * scale;
}

describe(s: ref Shape): string
{
	kind := "";
	pick t := s {
	Circle => kind = sys->sprint("circle r=%g", t.r);
	Rect => kind = sys->sprint("rect %gx%g", t.w, t.h);
	Tri => kind = sys->sprint("triangle %g/%g/%g", t.a, t.b, t.c);
	}
	return s.name + ": " + kind;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	geo = load Geometry Geometry->PATH;
	if(geo == nil){
		sys->print("cannot load self: %r\n");
		return;
	}
	scale = 1.0;
	shapes := array[] of {
		ref Shape.Circle("wheel", 1.5),
		ref Shape.Rect("door", 0.9, 2.1),
		ref Shape.Tri("roof", 3.0, 4.0, 5.0),
		ref Shape.Rect("tile", 0.25, 0.25),
	};
	for(pass := 1; pass <= 2; pass++){
		sys->print("pass %d scale %g\n", pass, scale);
		total := 0.0;
		for(i := 0; i < len shapes; i++){
			a := geo->area(shapes[i]);
			total += a;
			sys->print("  %-28s area %8.3f perim %8.3f\n",
				geo->describe(shapes[i]), a, geo->perimeter(shapes[i]));
		}
		sys->print("  total area %.3f\n", total);
		scale = 2.0;
	}
	# globals are shared between this instance and the self-loaded handle
	sys->print("calls counted %d, final scale %g\n", calls, scale);
	other := load Geometry "$self";
	before := calls;
	other->area(shapes[0]);
	sys->print("second handle bumped calls %d -> %d\n", before, calls);
}
