implement R08_UNDECL;
include "sys.m";
	sys: Sys;
include "draw.m";
R08_UNDECL: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := 5;
	sys->print("%d\n", x + y);
}
