implement RateLimit;

include "sys.m";
	sys: Sys;
include "draw.m";

RateLimit: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

# Token bucket: a ticker thread sends N ticks on a channel; each tick refills the bucket.
# A producer sends requests; the limiter thread alternates on both channels in lockstep
# driven by a script so results are deterministic.

Bucket: adt {
	cap:	int;
	tokens:	int;
	refill:	int;

	tick:	fn(b: self ref Bucket);
	allow:	fn(b: self ref Bucket, cost: int): int;
};

Bucket.tick(b: self ref Bucket)
{
	b.tokens += b.refill;
	if(b.tokens > b.cap)
		b.tokens = b.cap;
}

Bucket.allow(b: self ref Bucket, cost: int): int
{
	if(cost > b.tokens)
		return 0;
	b.tokens -= cost;
	return 1;
}

ticker(n: int, tc: chan of int, ack: chan of int)
{
	for(i := 1; i <= n; i++){
		tc <-= i;
		<-ack;
	}
	tc <-= -1;
}

limiter(b: ref Bucket, tc: chan of int, ack: chan of int, rq: chan of (string, int), res: chan of string)
{
	accepted := 0;
	rejected := 0;
	t := 0;
	for(;;){
		# each tick: refill, then serve the batch of requests that arrive for this tick
		t = <-tc;
		if(t < 0)
			break;
		b.tick();
		for(;;){
			(name, cost) := <-rq;
			if(name == nil)
				break;
			if(b.allow(cost)){
				accepted++;
				res <-= sys->sprint("t%d %-6s cost %d ok   (left %d)", t, name, cost, b.tokens);
			}else{
				rejected++;
				res <-= sys->sprint("t%d %-6s cost %d DENY (have %d)", t, name, cost, b.tokens);
			}
		}
		ack <-= t;
	}
	res <-= sys->sprint("accepted %d rejected %d final tokens %d", accepted, rejected, b.tokens);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tc := chan of int;
	ack := chan of int;
	rq := chan of (string, int);
	res := chan of string;
	b := ref Bucket(5, 0, 2);
	schedule := array[] of {
		"a:1 b:1",
		"c:3",
		"d:2 e:2 f:1",
		"",
		"g:5",
		"h:1 i:1 j:1 k:1",
	};
	spawn limiter(b, tc, ack, rq, res);
	spawn ticker(len schedule, tc, ack);
	for(i := 0; i < len schedule; i++){
		(nil, reqs) := sys->tokenize(schedule[i], " ");
		for(; reqs != nil; reqs = tl reqs){
			(n, f) := sys->tokenize(hd reqs, ":");
			if(n != 2)
				raise "bad schedule";
			rq <-= (hd f, int hd tl f);
			sys->print("%s\n", <-res);
		}
		rq <-= (nil, 0);
	}
	sys->print("%s\n", <-res);
}
