implement Reporter;

include "sys.m";
	sys: Sys;
include "draw.m";

Reporter: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

worker(id: int, out: chan of int)
{
	out <-= "worker " + string id + " done";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	spawn worker(1, c);
	sys->print("%d\n", <-c);
}
