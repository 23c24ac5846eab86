implement R09_ARGCOUNT;
include "sys.m";
	sys: Sys;
include "draw.m";
R09_ARGCOUNT: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};
add(a, b: int): int { return a + b; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", add(1, 2, 3));
}
