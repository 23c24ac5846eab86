implement TokenRingPrint;

# Threads print for themselves, but only while holding a token: every other
# thread is blocked on a channel, so the console order is fixed. A thread
# passes the token and then blocks before it prints again.

include "sys.m";
	sys: Sys;
include "draw.m";

TokenRingPrint: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

member(id: int, in, out: chan of int, done: chan of int)
{
	for(;;){
		t := <-in;
		if(t < 0){
			sys->print("member %d leaves\n", id);
			out <-= t;
			done <-= id;
			return;
		}
		sys->print("member %d has token %d\n", id, t);
		out <-= t + 1;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	N: con 4;
	ring := array[N+1] of chan of int;
	for(i := 0; i <= N; i++)
		ring[i] = chan of int;
	done := chan of int;
	for(i = 0; i < N; i++)
		spawn member(i, ring[i], ring[i+1], done);
	t := 0;
	for(round := 0; round < 3; round++){
		sys->print("round %d starts with %d\n", round, t);
		ring[0] <-= t;
		t = <-ring[N];
	}
	sys->print("main sends the stop\n");
	ring[0] <-= -1;
	<-ring[N];
	for(i = 0; i < N; i++)
		sys->print("done %d\n", <-done);

	# ping-pong: each side prints, then hands over and waits
	ping := chan of string;
	pong := chan of string;
	spawn ponger(ping, pong);
	for(i = 0; i < 3; i++){
		sys->print("ping %d\n", i);
		ping <-= "ball" + string i;
		sys->print("main got %s\n", <-pong);
	}
	ping <-= nil;
	sys->print("rally over: %s\n", <-pong);
}

ponger(ping, pong: chan of string)
{
	for(;;){
		b := <-ping;
		if(b == nil){
			pong <-= "stopped";
			return;
		}
		sys->print("pong has %s\n", b);
		pong <-= b + "'";
	}
}
