#args: 6 40
implement TokenRing;

include "sys.m";
	sys: Sys;
include "draw.m";

TokenRing: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Token: adt {
	hops:	int;	# hops left
	trail:	string;	# last few stations visited
	sum:	int;
};

# a station forwards the token around the ring until hops run out;
# the station that sees zero announces it and then a nil token
# travels once around to shut everybody down.
station(id: int, in, out: chan of ref Token, fin: chan of (int, int, string))
{
	visits := 0;
	for(;;){
		t := <-in;
		if(t == nil){
			out <-= nil;
			fin <-= (id, visits, nil);
			return;
		}
		visits++;
		t.sum += id * visits;
		t.trail += string id;
		if(len t.trail > 8)
			t.trail = t.trail[len t.trail - 8:];
		if(--t.hops == 0){
			fin <-= (id, -1, sys->sprint("token died at station %d, sum %d, trail %s", id, t.sum, t.trail));
			out <-= nil;
			# wait for the shutdown token to come back round
			<-in;
			fin <-= (id, visits, nil);
			return;
		}
		out <-= t;
	}
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	n := 5;
	hops := 23;
	if(len argv == 3){
		n = int hd tl argv;
		hops = int hd tl tl argv;
	}
	links := array[n] of chan of ref Token;
	for(i := 0; i < n; i++)
		links[i] = chan of ref Token;
	fin := chan of (int, int, string);
	for(i = 0; i < n; i++)
		spawn station(i, links[i], links[(i+1)%n], fin);

	links[0] <-= ref Token(hops, "", 0);

	visits := array[n] of int;
	left := n;
	while(left > 0){
		(id, v, msg) := <-fin;
		if(v < 0){
			sys->print("%s\n", msg);
			continue;
		}
		visits[id] = v;
		left--;
	}
	total := 0;
	for(i = 0; i < n; i++){
		sys->print("station %d: %d visits\n", i, visits[i]);
		total += visits[i];
	}
	sys->print("total %d hops over %d stations\n", total, n);
}
