implement P12;

include "sys.m";
	sys: Sys;
include "draw.m";

P12: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Pt: adt {
	x, y: int;
	s: string;
	l: list of int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	r := ref Pt;
	r.x = 3;
	sys->print("%d %d %d %d\n", r.x, r.y, r.s == nil, len r.l);
	q := ref Pt;
	if(q != r)
		sys->print("distinct\n");
}
