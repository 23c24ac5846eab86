#args: 5 3
implement TokenRing;

include "sys.m";
	sys: Sys;
include "draw.m";

TokenRing: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Token: adt {
	lap:	int;
	hops:	int;
	trail:	string;
	stop:	int;
};

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	n := 4;
	laps := 2;
	if(len args >= 3){
		n = int hd tl args;
		laps = int hd tl tl args;
	}
	ring := array[n] of chan of ref Token;
	for(i := 0; i < n; i++)
		ring[i] = chan of ref Token;
	finished := chan of int;
	# node i reads ring[i] and writes ring[(i+1)%n]; node 0 is played by main
	for(i = 1; i < n; i++)
		spawn node(i, ring[i], ring[(i+1)%n], finished);

	t := ref Token(0, 0, "", 0);
	for(lap := 1; lap <= laps; lap++){
		t.lap = lap;
		t.trail = "";
		sys->print("lap %d begins at node 0\n", lap);
		ring[1] <-= t;
		t = <-ring[0];
		sys->print("lap %d trail:%s\n", lap, t.trail);
	}
	t.stop = 1;
	ring[1] <-= t;
	t = <-ring[0];
	stopped := 0;
	for(i = 1; i < n; i++)
		stopped += <-finished;
	sys->print("token made %d hops; %d nodes stopped\n", t.hops, stopped);
}

node(id: int, in, out: chan of ref Token, finished: chan of int)
{
	for(;;){
		t := <-in;
		t.hops++;
		if(t.stop){
			out <-= t;
			finished <-= 1;
			return;
		}
		t.trail += " " + string id;
		if(id == t.lap)
			sys->print("  node %d: my lap (%d), token has %d hops\n", id, t.lap, t.hops);
		out <-= t;
	}
}
