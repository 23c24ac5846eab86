implement BadPick;

include "sys.m";
	sys: Sys;
include "draw.m";

BadPick: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Shape: adt {
	pick {
	Circle =>
		r: real;
	Square =>
		side: real;
	}
};

area(s: ref Shape): real
{
	pick p := s {
	Circle =>
		return 3.14159 * p.r * p.r;
	Square =>
		# mistake: field r belongs to Circle, not Square
		return p.r * p.r;
	}
	return 0.0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%g\n", area(ref Shape.Square(2.0)));
}
