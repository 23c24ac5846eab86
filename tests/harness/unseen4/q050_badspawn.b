implement BadSpawn;

include "sys.m";
	sys: Sys;
include "draw.m";

BadSpawn: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

square(x: int, out: chan of int)
{
	out <-= x*x;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	out := chan of int;
	r := spawn square(3, out);	# spawn is a statement, it has no value
	sys->print("%d %d\n", r, <-out);
	spawn square("4", out);
	sys->print("%d\n", <-out);
}
