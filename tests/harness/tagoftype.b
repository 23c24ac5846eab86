implement P13c;

include "sys.m";
	sys: Sys;
include "draw.m";

P13c: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Shape: adt {
	name: string;
	pick {
	Circle =>
		r: real;
	Rect =>
		w, h: real;
	Square or Dot =>
		side: int;
	}
};

names := array[] of {
	tagof Shape.Rect => "rect",
	tagof Shape.Circle => "circle",
	* => "?"
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d %d %d %d\n", tagof Shape.Circle, tagof Shape.Rect, tagof Shape.Square, tagof Shape.Dot);
	s: ref Shape = ref Shape.Rect("r", 1.0, 2.0);
	sys->print("%d %s %d\n", tagof s == tagof Shape.Rect, names[tagof s], len names);
}
