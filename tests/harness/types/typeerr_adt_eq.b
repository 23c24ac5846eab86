implement typeerradteq;

include "sys.m";
	sys: Sys;
include "draw.m";

typeerradteq: module
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
	a := A(1, 2);
	b := A(1, 2);
	if(a == b)
		sys->print("equal\n");
	sys->print("compiled\n");
}
