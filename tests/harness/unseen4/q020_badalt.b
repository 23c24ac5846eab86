implement BadAlt;

include "sys.m";
	sys: Sys;
include "draw.m";

BadAlt: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := chan of int;
	b := chan of string;
	spawn feeder(a, b);
	for(i := 0; i < 2; i++)
		alt {
		x := <-a:
			sys->print("int %d\n", x);
		s := <-b =>
			sys->print("string %s\n", s);
		}
}

feeder(a: chan of int, b: chan of string)
{
	a <-= 1;
	b <-= "two";
}
