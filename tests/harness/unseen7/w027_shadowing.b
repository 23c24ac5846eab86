implement Shadow;

include "sys.m";
	sys: Sys;
include "draw.m";

Shadow: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

x := "global";
n := 1;

show(where: string)
{
	sys->print("%s: x=%s n=%d\n", where, x, n);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	show("start");
	x := 10;
	sys->print("local int x=%d\n", x);
	{
		x := "inner string";
		n := 2.5;
		sys->print("block: x=%s n=%g\n", x, n);
		{
			x := big 7;
			sys->print("deeper: x=%bd\n", x * big 6);
		}
		sys->print("back: x=%s\n", x);
		show("from block");
	}
	sys->print("after block x=%d\n", x);
	for(i := 0; i < 2; i++){
		x := i * 100;
		sys->print("loop x=%d\n", x);
	}
	sys->print("after loop x=%d\n", x);
	n = 42;
	show("global n changed");
	sum := 0;
	for(j := 0; j < 3; j++){
		sum := j;
		sum += 10;
		sys->print("inner sum %d\n", sum);
	}
	sys->print("outer sum %d\n", sum);
}
