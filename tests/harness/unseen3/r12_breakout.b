implement R12_BREAKOUT;
include "sys.m";
	sys: Sys;
include "draw.m";
R12_BREAKOUT: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};
g(x: int): int { if(x) break; return x; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", g(1));
}
