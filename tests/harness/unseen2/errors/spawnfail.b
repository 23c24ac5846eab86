# exercises an uncaught exception in a spawned thread while main has finished printing
implement Spawnfail;
include "sys.m";
include "draw.m";
sys: Sys;
Spawnfail: module { init: fn(nil: ref Draw->Context, nil: list of string); };
worker(c: chan of int, a: array of int)
{
	c <-= len a;
	sys->print("worker got past send\n");
	x := a[len a];
	sys->print("never %d\n", x);
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	spawn worker(c, array[2] of int);
	n := <-c;
	sys->print("main received %d\n", n);
	c2 := chan of int;
	spawn worker(c2, array[0] of int);
	sys->print("main second %d\n", <-c2);
	sys->sleep(0);
}
