implement Refused;

# a channel of one type cannot be assigned a channel of another.

include "sys.m";
	sys: Sys;
include "draw.m";

Refused: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	c = chan of string;
	sys->print("%d\n", c != nil);
}
