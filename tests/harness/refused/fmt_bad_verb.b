implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: an unknown format verb
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%y\n", 1);
}
