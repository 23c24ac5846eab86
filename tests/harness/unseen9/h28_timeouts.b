implement Timeouts;

include "sys.m";
	sys: Sys;
include "draw.m";

Timeouts: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

timer(ms: int): chan of int
{
	c := chan[1] of int;	# buffered: the timer can always fire and exit
	spawn sleeper(ms, c);
	return c;
}

sleeper(ms: int, c: chan of int)
{
	sys->sleep(ms);
	c <-= ms;
}

# a "remote service" that answers after 'lag' ms
service(lag: int, q: string): chan of string
{
	c := chan[1] of string;
	spawn answer(lag, q, c);
	return c;
}

answer(lag: int, q: string, c: chan of string)
{
	sys->sleep(lag);
	r := "";
	for(i := len q - 1; i >= 0; i--)
		r[len r] = q[i];
	c <-= r;
}

call(q: string, lag, limit: int): (int, string)
{
	reply := service(lag, q);
	t := timer(limit);
	alt {
	r := <-reply =>
		# the timer keeps running; drain it so it is not left behind
		<-t;
		return (1, r);
	<-t =>
		# the late reply lands in its buffer and the answerer exits by itself
		return (0, nil);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	cases := array[] of {
		("alpha", 10, 50),
		("beta", 50, 10),
		("gamma", 0, 30),
		("delta", 40, 10),
	};
	for(i := 0; i < len cases; i++){
		(q, lag, limit) := cases[i];
		(ok, r) := call(q, lag, limit);
		if(ok)
			sys->print("%s: answered %s (lag %d < limit %d)\n", q, r, lag, limit);
		else
			sys->print("%s: timed out (lag %d > limit %d)\n", q, lag, limit);
	}

	# retry with a growing limit until the 30ms service answers
	limit := 10;
	for(attempt := 1; ; attempt++){
		(ok, r) := call("epsilon", 30, limit);
		if(ok){
			sys->print("epsilon: attempt %d with limit %d got %s\n", attempt, limit, r);
			break;
		}
		sys->print("epsilon: attempt %d with limit %d timed out\n", attempt, limit);
		limit += 40;
	}

	# a deadline shared by several waits: it fires once, between results
	deadline := timer(30);
	fast := service(10, "one");
	slow := service(50, "two");
	for(n := 0; n < 3; n++) alt {
	r := <-fast =>
		sys->print("shared deadline: got %s\n", r);
	r := <-slow =>
		sys->print("shared deadline: got %s\n", r);
	<-deadline =>
		sys->print("shared deadline: deadline passed\n");
	}
}
