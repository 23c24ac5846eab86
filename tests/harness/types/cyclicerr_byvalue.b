implement CyclicErrByValue;

include "sys.m";
	sys: Sys;
include "draw.m";

CyclicErrByValue: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

# an adt cannot contain itself by value
A: adt {
	v: int;
	b: B;
};

B: adt {
	s: string;
	a: A;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x: A;
	sys->print("%d\n", x.v);
}
