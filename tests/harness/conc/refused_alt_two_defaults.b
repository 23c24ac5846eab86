implement Refused;

# an alt may have only one default arm.

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
	c := chan[1] of int;
	alt {
	x := <-c =>
		sys->print("%d\n", x);
	* =>
		sys->print("first default\n");
	* =>
		sys->print("second default\n");
	}
}
