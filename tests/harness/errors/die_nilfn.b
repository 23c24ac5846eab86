implement DieNilFn;

include "sys.m";
	sys: Sys;
include "draw.m";

DieNilFn: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	f: ref fn(s: string): int;
	sys->print("calling a nil function reference\n");
	sys->print("%d\n", f("x"));
}
