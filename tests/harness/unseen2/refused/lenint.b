# refused: len applied to an int
implement Lenint;
include "sys.m";
include "draw.m";
sys: Sys;
Lenint: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := 3;
	sys->print("%d\n", len x);
}
