implement R15_NORETURN;
include "sys.m";
	sys: Sys;
include "draw.m";
R15_NORETURN: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};
h(x: int): int { if(x > 0) return 1; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", h(1));
}
