implement ChanMisc;

# Odds and ends: channel identity, sizes from variables, a negative size,
# exceptions while evaluating spawn arguments (raised in the spawner),
# spawn through a function reference, channels of function references,
# and tuple receives that drop parts with nil.

include "sys.m";
	sys: Sys;
include "draw.m";

ChanMisc: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Op: type ref fn(a, b: int): int;

add(a, b: int): int { return a + b; }
mul(a, b: int): int { return a * b; }

apply(ops: chan of Op, out: chan of int)
{
	while((f := <-ops) != nil)
		out <-= f(6, 7);
	out <-= -1;
}

report(v: int, out: chan of int)
{
	out <-= v;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan[3] of int;
	d := c;
	e := chan[3] of int;
	nc: chan of int;
	sys->print("same %d different %d nil %d %d\n", c == d, c == e, nc == nil, c != nil);
	c <-= 5;
	sys->print("through the alias: %d\n", <-d);

	for(n := 0; n < 3; n++){
		v := chan[n] of int;
		alt {
		v <-= 1 =>
			sys->print("size %d takes a value\n", n);
		* =>
			sys->print("size %d is unbuffered\n", n);
		}
	}
	{
		n = -2;
		v := chan[n] of int;
		sys->print("negative size made %d\n", v != nil);
	} exception ex {
	"*" =>
		sys->print("negative size: %s\n", ex);
	}

	out := chan of int;
	a := array[2] of int;
	{
		i := 5;
		spawn report(a[i], out);
		sys->print("spawned with a bad index: %d\n", <-out);
	} exception ex {
	"*" =>
		sys->print("spawn argument: %s\n", ex);
	}
	l: list of int;
	{
		spawn report(hd l, out);
		sys->print("spawned with hd nil: %d\n", <-out);
	} exception ex {
	"*" =>
		sys->print("spawn argument: %s\n", ex);
	}

	ops := chan of Op;
	spawn apply(ops, out);
	ops <-= add;
	sys->print("add -> %d\n", <-out);
	ops <-= mul;
	sys->print("mul -> %d\n", <-out);
	ops <-= nil;
	sys->print("end -> %d\n", <-out);

	tc := chan[3] of (int, string, real);
	tc <-= (1, "one", 1.5);
	tc <-= (2, "two", 2.5);
	tc <-= (3, "three", 3.5);
	(x, nil, nil) := <-tc;
	(nil, s, nil) := <-tc;
	(nil, nil, r) := <-tc;
	sys->print("parts: %d %s %g\n", x, s, r);

	# a value received and discarded
	c <-= 9;
	<-c;
	alt {
	<-c =>
		sys->print("still something\n");
	* =>
		sys->print("discarded\n");
	}
}
