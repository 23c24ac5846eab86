implement Shapes;

include "sys.m";
	sys: Sys;
include "draw.m";

Shapes: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Shape: adt {
	name:	string;
	pick {
	Circle =>
		r:	real;
	Rect =>
		w, h:	real;
	}
};

area(s: ref Shape): real
{
	pick p := s {
	Circle =>
		return 3.14159 * p.r * p.r;
	Rect =>
		return p.w * p.h;
	}
	return 0.0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	shapes := array[] of {ref Shape.Circle("disc", 1.5), ref Shape.Rect("door", 0.9, 2.0)};
	for(i := 0; i < len shapes; i++){
		s := shapes[i];
		sys->print("%s %.2f\n", s.name, area(s));
		if(s.r > 1.0)		# variant field used outside a pick
			sys->print("big circle\n");
	}
}
