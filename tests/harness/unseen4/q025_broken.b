implement Broken;

include "sys.m";
	sys: Sys;
include "draw.m";

Broken: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

worker(id: int, arr: array of int, ready: chan of int)
{
	sys->print("worker %d starting\n", id);
	ready <-= id;
	# index past the end: this thread dies
	sys->print("value %d\n", arr[id]);
	sys->print("worker %d finished normally\n", id);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	arr := array[3] of {10, 20, 30};
	ready := chan of int;
	spawn worker(1, arr, ready);
	<-ready;
	sys->sleep(100);
	spawn worker(7, arr, ready);
	<-ready;
	sys->sleep(100);
	sys->print("main continues after broken workers\n");
	sys->print("arr still %d %d %d\n", arr[0], arr[1], arr[2]);
}
