# refused: raising an int value
implement Raiseint;
include "sys.m";
include "draw.m";
sys: Sys;
Raiseint: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	raise 5;
}
