implement typeerrpickvalue;

include "sys.m";
	sys: Sys;
include "draw.m";

typeerrpickvalue: module
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
	v: T.P;
	sys->print("%d\n", v.p);
	sys->print("compiled\n");
}
