implement ThreadExc;

# Exceptions inside spawned threads: caught and reported over a channel,
# raised through several calls, user exception types, and an uncaught one
# that ends only its own thread.

include "sys.m";
	sys: Sys;
include "draw.m";

ThreadExc: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Oops: exception(int, string);

deep(n: int)
{
	if(n == 0)
		raise "bottom reached";
	deep(n-1);
}

typed(n: int) raises Oops
{
	raise Oops(n, "typed");
}

catcher(kind: int, out: chan of string)
{
	{
		case kind {
		0 =>
			a := array[3] of int;
			k := 3;
			a[k] = 1;
		1 =>
			deep(5);
		2 =>
			x := 0;
			x = 7 / x;
		3 =>
			l: list of int;
			x := hd l;
			x++;
		4 =>
			typed(42);
		5 =>
			raise "fail:worker gave up";
		6 =>
			s := "abc";
			s = s[2:1];
		7 =>
			c: chan of int;
			c <-= 1;
		}
		out <-= "no exception";
	} exception e {
	Oops =>
		(n, s) := e;
		out <-= sys->sprint("Oops %d %s", n, s);
	"fail:*" =>
		out <-= "failure: " + e;
	"*" =>
		out <-= "caught: " + e;
	}
}

# raises after telling main it is about to
dier(out: chan of string, what: string)
{
	out <-= "dier starts";
	raise what;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	out := chan of string;
	for(k := 0; k < 8; k++){
		spawn catcher(k, out);
		sys->print("%d: %s\n", k, <-out);
	}
	# an uncaught exception ends the thread: main goes on
	# (main prints nothing while the dying thread is ready)
	spawn dier(out, "thread error");
	m := <-out;
	sys->sleep(100);
	sys->print("%s; main still running\n", m);
	spawn dier(out, "fail:quiet");
	m = <-out;
	sys->sleep(100);
	sys->print("%s; main still running after fail\n", m);
	# the channel still works after its user died
	spawn catcher(4, out);
	sys->print("again: %s\n", <-out);
}
