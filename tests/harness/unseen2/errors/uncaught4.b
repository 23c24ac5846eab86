# exercises uncaught raise of "fail:..." string (emu-run prints Mod: fail:...)
implement Uncaught4;
include "sys.m";
include "draw.m";
sys: Sys;
Uncaught4: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("working\n");
	raise "fail:usage";
}
