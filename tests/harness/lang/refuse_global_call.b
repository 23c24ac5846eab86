implement GlobalCall;

include "sys.m";
	sys: Sys;
include "draw.m";

GlobalCall: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

f(): int
{
	return 7;
}

# a call cannot initialize a global
g := f();

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", g);
}
