implement CyclicUnusedByValue;

include "sys.m";
	sys: Sys;
include "draw.m";

CyclicUnusedByValue: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

# a by-value cycle between adts that are never used is not checked
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
	sys->print("unused\n");
}
