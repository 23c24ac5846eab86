implement Import;
include "sys.m";
	sys: Sys;
	print, sprint: import sys;
include "draw.m";
Import: module { init: fn(ctxt: ref Draw->Context, args: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	print("%s %d\n", sprint("<%s>", "x"), Sys->Maxint);
}
