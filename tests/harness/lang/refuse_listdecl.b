implement ListDecl;

include "sys.m";
	sys: Sys;
include "draw.m";

ListDecl: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c, d := 7;
	sys->print("%d %d\n", c, d);
}
