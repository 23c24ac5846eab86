implement R10_STRINT;
include "sys.m";
	sys: Sys;
include "draw.m";
R10_STRINT: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	n: int;
	n = "hello";
	sys->print("%d\n", n);
}
