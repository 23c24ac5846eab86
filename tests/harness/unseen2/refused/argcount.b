# refused: too few and too many arguments to a function
implement Argcount;
include "sys.m";
include "draw.m";
sys: Sys;
Argcount: module { init: fn(nil: ref Draw->Context, nil: list of string); };
add(a, b: int): int { return a + b; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", add(1));
	sys->print("%d\n", add(1, 2, 3));
}
