implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: %-8.3f given an int (the message shows the whole spec)
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("[%-8.3f]\n", 1.5);
	sys->print("[%-8.3f]\n", 1);
}
