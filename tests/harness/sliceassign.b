implement P06c;
include "sys.m";
	sys: Sys;
include "draw.m";
P06c: module { init: fn(ctxt: ref Draw->Context, args: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[5] of {* => 0};
	b := array[] of {1, 2};
	a[2:] = b;
	sys->print("%d %d %d %d %d\n", a[0], a[1], a[2], a[3], a[4]);
}
