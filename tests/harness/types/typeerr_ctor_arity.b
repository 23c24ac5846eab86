implement typeerrctorarity;

include "sys.m";
	sys: Sys;
include "draw.m";

typeerrctorarity: module
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
	a := A(1, 2, 3);
	sys->print("%d\n", a.x);
	sys->print("compiled\n");
}
