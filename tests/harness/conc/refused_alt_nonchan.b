implement Refused;

# an alt arm must communicate on a channel.

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
	s := "abc";
	alt {
	x := <-s =>
		sys->print("%d\n", x);
	* =>
		sys->print("default\n");
	}
}
