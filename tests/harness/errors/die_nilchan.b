implement DieNilChan;

include "sys.m";
	sys: Sys;
include "draw.m";

DieNilChan: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c: chan of int;
	sys->print("sending on a nil channel\n");
	c <-= 1;
}
