# refused: assigning a string to an int variable
implement Typemis;
include "sys.m";
include "draw.m";
sys: Sys;
Typemis: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := 5;
	x = "five";
	sys->print("%d\n", x);
}
