# exercises uncaught array bounds exception after some output
implement Uncaught1;
include "sys.m";
include "draw.m";
sys: Sys;
Uncaught1: module { init: fn(nil: ref Draw->Context, nil: list of string); };
f(a: array of int, i: int): int { return a[i] + 1; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[3] of {1, 2, 3};
	sys->print("before %d\n", f(a, 2));
	sys->print("after %d\n", f(a, 3));
	sys->print("never\n");
}
