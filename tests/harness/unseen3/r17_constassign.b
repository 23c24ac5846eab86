implement R17_CONSTASSIGN;
include "sys.m";
	sys: Sys;
include "draw.m";
R17_CONSTASSIGN: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};
N: con 10;
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	N = 11;
	sys->print("%d\n", N);
}
