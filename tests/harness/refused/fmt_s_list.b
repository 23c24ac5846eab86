implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: %s given a list of string
init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", len args);
	sys->print("%s\n", args);
}
