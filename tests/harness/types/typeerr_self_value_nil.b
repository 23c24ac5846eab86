implement typeerrselfvaluenil;

include "sys.m";
	sys: Sys;
include "draw.m";

typeerrselfvaluenil: module
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
A2: adt {
	v: int;
	get: fn(a: self A2): int;
};

A2.get(a: self A2): int
{
	return a.v;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	r: ref A2;
	sys->print("%d\n", r.get());
	sys->print("compiled\n");
}
