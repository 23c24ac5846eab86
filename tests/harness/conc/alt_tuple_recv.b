implement AltTupleRecv;

# An alt arm that declares a tuple from a receive: (id, v) := <-c.
include "sys.m";
	sys: Sys;
include "draw.m";

AltTupleRecv: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := chan of (int, string);
	b := chan of int;
	spawn sender(a);
	for(i := 0; i < 2; i++)
		alt {
		(id, s) := <-a =>
			sys->print("a %d %s\n", id, s);
		n := <-b =>
			sys->print("b %d\n", n);
		}
}

sender(c: chan of (int, string))
{
	c <-= (1, "one");
	c <-= (2, "two");
}
