implement P22;

include "sys.m";
	sys: Sys;
include "draw.m";

P22: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	t := ((1, "in"), 2.5);
	((ti, ts), tr) := t;
	sys->print("%d %s %g\n", ti, ts, tr);
}
