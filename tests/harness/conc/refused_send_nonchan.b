implement Refused;

# sending on something that is not a channel is refused.

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
	a := array[2] of int;
	a <-= 1;
	sys->print("%d\n", a[0]);
}
