implement AltWithdraw;

# A blocked alt waits on several channels; once one arm completes, the alt
# no longer waits on the others: a later send on them goes to someone else.

include "sys.m";
	sys: Sys;
include "draw.m";

AltWithdraw: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

alter(a, b: chan of int, out: chan of string)
{
	alt {
	x := <-a =>
		out <-= "alter got a " + string x;
	y := <-b =>
		out <-= "alter got b " + string y;
	}
}

plain(name: string, c: chan of int, out: chan of string)
{
	out <-= name + " got " + string <-c;
}

salter(a, b: chan of int, out: chan of string)
{
	alt {
	a <-= 1 =>
		out <-= "salter sent on a";
	b <-= 2 =>
		out <-= "salter sent on b";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := chan of int;
	b := chan of int;
	out := chan of string;
	spawn alter(a, b, out);
	spawn plain("plain-b", b, out);
	sys->sleep(0);
	a <-= 10;
	sys->print("%s\n", <-out);
	b <-= 20;
	sys->print("%s\n", <-out);

	# both blocked: the alt blocked first on b, so it gets the first send
	spawn alter(a, b, out);
	spawn plain("plain-b", b, out);
	spawn plain("plain-a", a, out);
	sys->sleep(0);
	b <-= 30;
	sys->print("%s\n", <-out);
	a <-= 40;
	sys->print("%s\n", <-out);
	b <-= 35;
	sys->print("%s\n", <-out);

	# a blocked sending alt
	spawn salter(a, b, out);
	sys->sleep(0);
	sys->print("main got %d on b\n", <-b);
	sys->print("%s\n", <-out);
	# the alt is gone from a: this send waits for a plain receiver
	spawn plain("plain-a", a, out);
	a <-= 50;
	sys->print("%s\n", <-out);
}
