implement P13d;

include "sys.m";
	sys: Sys;
include "draw.m";

P13d: module
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
	}
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := ref Shape.Circle("cc", 2.0);
	c.r = 0.5;
	sh: ref Shape = c;
	sys->print("%g %s\n", c.r, sh.name);
}
