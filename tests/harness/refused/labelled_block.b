implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a label on a plain block
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	outer: {
		sys->print("in block\n");
	}
	sys->print("after\n");
}
