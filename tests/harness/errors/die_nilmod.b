implement DieNilMod;

include "sys.m";
	sys: Sys;
include "draw.m";

DieNilMod: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

include "math.m";
	math: Math;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("calling through a nil module\n");
	sys->print("%g\n", math->fabs(-1.0));
}
