# refused: applying an arithmetic operator to incompatible operand types
implement Badop;
include "sys.m";
include "draw.m";
sys: Sys;
Badop: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := 1;
	b := 2.5;
	c := a + b;
	sys->print("%g\n", c);
}
