implement ExcOrder;

# A spawned thread dies of an uncaught exception while main is blocked;
# emu's report of it comes before main's next line. Several die in turn.

include "sys.m";
	sys: Sys;
include "draw.m";

ExcOrder: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

die(how: int, c: chan of int)
{
	case how {
	0 =>
		raise "plain string";
	1 =>
		a: array of int;
		a[0] = 1;
	2 =>
		l: list of string;
		c <-= len hd l;
	3 =>
		x := array[2] of int;
		c <-= x[how];
	4 =>
		raise "fail:a failure";
	}
}

# reports after the dier has had its turn
follow(c: chan of int, v: int)
{
	c <-= v;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	for(i := 0; i < 5; i++){
		spawn die(i, c);
		spawn follow(c, i);
		sys->print("after dier %d: %d\n", i, <-c);
	}
	# two die in a row before the follower
	spawn die(0, c);
	spawn die(1, c);
	spawn follow(c, 99);
	sys->print("after two: %d\n", <-c);
}
