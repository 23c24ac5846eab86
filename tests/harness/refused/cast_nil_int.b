implement CastNilInt;

# nil is no number
include "sys.m";
	sys: Sys;
include "draw.m";
CastNilInt: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	i := int nil;
	sys->print("%d\n", i);
}
