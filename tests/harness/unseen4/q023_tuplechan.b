implement TupleChan;

include "sys.m";
	sys: Sys;
include "draw.m";

TupleChan: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

stats(in: chan of (string, int, real), out: chan of (int, int, real, string))
{
	n := 0;
	isum := 0;
	rsum := 0.0;
	names := "";
	for(;;){
		(name, i, r) := <-in;
		if(name == nil)
			break;
		n++;
		isum += i;
		rsum += r;
		if(names != nil)
			names += ",";
		names += name;
	}
	out <-= (n, isum, rsum, names);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	in := chan of (string, int, real);
	out := chan of (int, int, real, string);
	spawn stats(in, out);
	data := array[] of {("alpha", 3, 1.5), ("beta", 4, 2.25), ("gamma", -2, 0.125), ("delta", 10, 100.0)};
	for(i := 0; i < len data; i++){
		in <-= data[i];
		(nm, iv, rv) := data[i];
		sys->print("sent %s %d %g\n", nm, iv, rv);
	}
	in <-= (nil, 0, 0.0);
	(n, isum, rsum, names) := <-out;
	sys->print("n=%d isum=%d rsum=%g names=%s\n", n, isum, rsum, names);
	# buffered channel of pairs used as a queue
	q := chan[4] of (int, string);
	q <-= (1, "one");
	q <-= (2, "two");
	q <-= (3, "three");
	for(i = 0; i < 3; i++){
		(k, v) := <-q;
		sys->print("q: %d=%s\n", k, v);
	}
	# list of tuples through a channel
	lc := chan[1] of list of (string, int);
	lc <-= ("x", 1) :: ("y", 2) :: ("z", 3) :: nil;
	for(l := <-lc; l != nil; l = tl l){
		(s, v) := hd l;
		sys->print("list item %s %d\n", s, v);
	}
}
