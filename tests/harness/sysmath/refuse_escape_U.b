implement R;
include "sys.m";
	sys: Sys;
include "draw.m";
R: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%s\n", "\U0001f600");
}
