implement GlobalList;

include "sys.m";
	sys: Sys;
include "draw.m";

GlobalList: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

# a list cannot initialize a global
l := 1 :: 2 :: nil;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", len l);
}
