implement SliceAssign;

include "sys.m";
	sys: Sys;
include "draw.m";

SliceAssign: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

# only a slice open at the top, a[i:], can be assigned to
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[4] of {* => 0};
	a[0:2] = array[] of {1, 2};
	sys->print("%d\n", a[1]);
}
