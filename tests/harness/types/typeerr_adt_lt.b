implement typeerradtlt;

include "sys.m";
	sys: Sys;
include "draw.m";

typeerradtlt: module
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
	b := ref A(1, 2);
	if(a < b)
		sys->print("less\n");
	sys->print("compiled\n");
}
