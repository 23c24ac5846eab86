#args: 6 3
implement TokenRing;

include "sys.m";
	sys: Sys;
include "draw.m";

TokenRing: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Token: adt {
	hops:	int;
	lap:	int;
	path:	string;
};

# each node forwards the token to its right neighbour; node 0 closes laps
node(id, n, laps: int, left: chan of ref Token, right: chan of ref Token, log: chan of string, done: chan of int)
{
	for(;;){
		t := <-left;
		if(t == nil){
			right <-= nil;	# pass the shutdown along
			done <-= id;
			return;
		}
		t.hops++;
		t.path[len t.path] = 'a' + id;
		if(id == 0){
			log <-= sys->sprint("lap %d complete after %d hops: %s", t.lap, t.hops, t.path);
			t.lap++;
			t.path = "";
			if(t.lap > laps){
				log <-= "";
				right <-= nil;
				<-left;		# our own nil comes back round
				done <-= id;
				return;
			}
		}
		right <-= t;
	}
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	n := 5;
	laps := 2;
	argv = tl argv;
	if(argv != nil){
		n = int hd argv;
		argv = tl argv;
	}
	if(argv != nil)
		laps = int hd argv;
	if(n < 2)
		n = 2;
	links := array[n] of chan of ref Token;
	for(i := 0; i < n; i++)
		links[i] = chan of ref Token;
	log := chan of string;
	done := chan of int;
	for(i = 0; i < n; i++)
		spawn node(i, n, laps, links[i], links[(i+1)%n], log, done);
	sys->print("ring of %d nodes, %d laps\n", n, laps);
	# inject the token at node 1 so node 0 sees a full lap first time round
	links[1] <-= ref Token(0, 1, "");
	for(;;){
		s := <-log;
		if(s == "")
			break;
		sys->print("%s\n", s);
	}
	mask := 0;
	for(i = 0; i < n; i++)
		mask |= 1 << <-done;
	sys->print("all %d nodes stopped (mask %ux)\n", n, mask);
}
