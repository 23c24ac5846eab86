# refused: hd applied to an array
implement Hdarr;
include "sys.m";
include "draw.m";
sys: Sys;
Hdarr: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[2] of int;
	sys->print("%d\n", hd a);
}
