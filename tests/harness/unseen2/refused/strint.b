# refused: comparing a string with an int
implement Strint;
include "sys.m";
include "draw.m";
sys: Sys;
Strint: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "a";
	if(s == 1) sys->print("eq\n");
}
