# refused: assignment to a constant
implement Conassign;
include "sys.m";
include "draw.m";
sys: Sys;
Conassign: module { init: fn(nil: ref Draw->Context, nil: list of string); };
N: con 10;
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	N = 11;
	sys->print("%d\n", N);
}
