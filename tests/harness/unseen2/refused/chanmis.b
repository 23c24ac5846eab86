# refused: sending a string on a chan of int
implement Chanmis;
include "sys.m";
include "draw.m";
sys: Sys;
Chanmis: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan[1] of int;
	c <-= "s";
}
