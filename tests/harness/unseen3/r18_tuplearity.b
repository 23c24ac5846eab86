implement R18_TUPLEARITY;
include "sys.m";
	sys: Sys;
include "draw.m";
R18_TUPLEARITY: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	(a, b) := (1, 2, 3);
	sys->print("%d %d\n", a, b);
}
