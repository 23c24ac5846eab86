implement typeerrtagofnonpick;

include "sys.m";
	sys: Sys;
include "draw.m";

typeerrtagofnonpick: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

A: adt {
	x, y: int;
};

B: adt {
	x, y: int;
};

T: adt {
	pick {
	P =>
		p: int;
	Q =>
		q: string;
	}
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := ref A(1, 2);
	sys->print("%d\n", tagof a);
	sys->print("compiled\n");
}
