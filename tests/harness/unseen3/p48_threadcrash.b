implement P48;
include "sys.m";
	sys: Sys;
include "draw.m";
P48: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

bad(c: chan of int)
{
	c <-= 1;
	a := array[3] of int;
	i := 5;
	a[i] = 1;
	c <-= 2;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	spawn bad(c);
	sys->print("got %d\n", <-c);
	sys->sleep(100);
	alt {
	v := <-c =>
		sys->print("unexpected %d\n", v);
	* =>
		sys->print("child is gone\n");
	}
	sys->print("main done\n");
}
