implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: one pick arm naming two variants of different types
Shape: adt {
	pick {
	Circle =>
		r: int;
	Square =>
		side: int;
	}
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s: ref Shape = ref Shape.Circle(3);
	pick p := s {
	Circle or Square =>
		sys->print("round or square\n");
	}
}
