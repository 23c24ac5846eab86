implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a field name on a tuple
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	t := (1, "one");
	sys->print("%d\n", t.t0);
	sys->print("%s\n", t.name);
}
