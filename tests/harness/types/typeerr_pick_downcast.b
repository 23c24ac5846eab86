implement typeerrpickdowncast;

include "sys.m";
	sys: Sys;
include "draw.m";

typeerrpickdowncast: module
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
	t: ref T = ref T.P(1);
	p: ref T.P = t;
	sys->print("%d\n", p.p);
	sys->print("compiled\n");
}
