implement typeerrfnsig;

include "sys.m";
	sys: Sys;
include "draw.m";

typeerrfnsig: module
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
two(a, b: int): int
{
	return a + b;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	f: ref fn(a: int): int;
	f = two;
	sys->print("%d\n", f(1));
	sys->print("compiled\n");
}
