implement DieWithThreads;

include "sys.m";
	sys: Sys;
include "draw.m";

DieWithThreads: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

worker(c: chan of int, d: chan of int)
{
	v := <-c;
	sys->print("worker got %d\n", v);
	d <-= v * 2;
	sys->print("worker sent\n");
}

listener(d: chan of int)
{
	sys->print("listener got %d\n", <-d);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	d := chan of int;
	spawn worker(c, d);
	spawn listener(d);
	sys->print("init sends\n");
	c <-= 21;
	raise "init gives up";
}
