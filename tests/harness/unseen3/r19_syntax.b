implement R19_SYNTAX;
include "sys.m";
	sys: Sys;
include "draw.m";
R19_SYNTAX: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := 1
	sys->print("%d\n", x);
}
