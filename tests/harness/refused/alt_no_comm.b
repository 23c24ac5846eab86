implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: an alt guard that is not a channel operation
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan[1] of int;
	c <-= 1;
	alt {
	v := <-c =>
		sys->print("%d\n", v);
	x := 5 =>
		sys->print("%d\n", x);
	}
}
