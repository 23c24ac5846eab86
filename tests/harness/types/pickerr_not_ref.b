implement pickerrnotref;

include "sys.m";
	sys: Sys;
include "draw.m";

pickerrnotref: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

T: adt {
	k: int;
	pick {
	A =>
		a: int;
	B =>
		b: string;
	C =>
		a: int;
	D =>
	}
};

f(t: ref T): string
{
	v := T.A(1, 2);
	pick x := v {
	A =>
		return "a " + string x.a;
	}
	return "end";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%s\n", f(ref T.A(1, 2)));
	sys->print("%s\n", f(ref T.B(1, "b")));
}
