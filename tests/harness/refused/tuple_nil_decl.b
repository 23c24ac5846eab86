implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: := from a tuple holding nil
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	t := (nil, 5);
	sys->print("%d\n", t.t1);
}
