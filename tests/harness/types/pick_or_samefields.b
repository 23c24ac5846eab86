implement pickorsamefields;

include "sys.m";
	sys: Sys;
include "draw.m";

pickorsamefields: module
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
	pick x := t {
	A or C =>
		return "a or c " + string x.a + " k=" + string x.k;
	B =>
		return "b " + x.b;
	* =>
		return "other " + string x.k;
	}
	return "end";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%s\n", f(ref T.A(1, 2)));
	sys->print("%s\n", f(ref T.B(1, "b")));
	sys->print("%s\n", f(ref T.C(3, 4)));
	sys->print("%s\n", f(ref T.D(5)));
}
