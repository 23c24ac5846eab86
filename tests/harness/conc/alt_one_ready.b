implement AltOneReady;

# alt where exactly one arm can proceed: buffered channels primed by hand,
# fresh channels (never ready), default arms, and an alt that must wait.

include "sys.m";
	sys: Sys;
include "draw.m";

AltOneReady: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

pick3(a, b: chan of int, c: chan of string): string
{
	alt {
	x := <-a =>
		return "a " + string x;
	y := <-b =>
		return "b " + string y;
	s := <-c =>
		return "c " + s;
	* =>
		return "none";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := chan[2] of int;
	b := chan[2] of int;
	c := chan[2] of string;
	sys->print("%s\n", pick3(a, b, c));
	b <-= 7;
	sys->print("%s\n", pick3(a, b, c));
	c <-= "hi";
	sys->print("%s\n", pick3(a, b, c));
	a <-= 1;
	sys->print("%s\n", pick3(a, b, c));
	sys->print("%s\n", pick3(a, b, c));

	b <-= 8;
	c <-= "again";
	sys->print("%s\n", pick3(chan of int, b, chan of string));
	sys->print("%s\n", pick3(chan of int, chan of int, c));

	# send arms: only the channel with room is ready
	full := chan[1] of int;
	full <-= 0;
	room := chan[1] of int;
	alt {
	full <-= 1 =>
		sys->print("sent to full\n");
	room <-= 2 =>
		sys->print("sent to room\n");
	}
	sys->print("room holds %d, full holds %d\n", <-room, <-full);

	# a blocking alt: the partner thread makes exactly one arm ready
	u := chan of int;
	v := chan of string;
	w := chan of real;
	spawn partner(v);
	alt {
	i := <-u =>
		sys->print("u %d\n", i);
	s := <-v =>
		sys->print("v %s\n", s);
	r := <-w =>
		sys->print("w %g\n", r);
	}
	spawn partner2(w);
	alt {
	i := <-u =>
		sys->print("u %d\n", i);
	s := <-v =>
		sys->print("v %s\n", s);
	r := <-w =>
		sys->print("w %g\n", r);
	}
	# an arm's expression is evaluated even when another arm is taken
	k := 0;
	room <-= 9;
	alt {
	a <-= k++ =>
		sys->print("a arm\n");
	room <-= k++ =>
		sys->print("room arm, k=%d\n", k);
	}
	sys->print("k=%d a=%d room=%d\n", k, <-a, <-room);
}

partner(v: chan of string)
{
	v <-= "from partner";
}

partner2(w: chan of real)
{
	w <-= 1.25;
}
