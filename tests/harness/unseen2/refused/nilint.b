# refused: assigning nil to an int
implement Nilint;
include "sys.m";
include "draw.m";
sys: Sys;
Nilint: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := 1;
	x = nil;
	sys->print("%d\n", x);
}
