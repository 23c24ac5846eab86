implement ChanOfChan;

# Request/reply with channels of channels: each request carries its own
# reply channel; a directory thread hands out per-client channels.

include "sys.m";
	sys: Sys;
include "draw.m";

ChanOfChan: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Req: adt {
	op:	string;
	arg:	int;
	reply:	chan of (int, string);
};

calc(reqs: chan of ref Req)
{
	acc := 0;
	for(;;){
		r := <-reqs;
		case r.op {
		"add" =>
			acc += r.arg;
		"mul" =>
			acc *= r.arg;
		"get" =>
			;
		"quit" =>
			r.reply <-= (acc, "bye");
			return;
		* =>
			r.reply <-= (0, "bad op " + r.op);
			continue;
		}
		r.reply <-= (acc, r.op);
	}
}

# hands each caller a fresh channel that an echo thread serves once
directory(ask: chan of chan of chan of string, n: int)
{
	for(i := 0; i < n; i++){
		where := <-ask;
		c := chan of string;
		spawn once(c, i);
		where <-= c;
	}
}

once(c: chan of string, id: int)
{
	c <-= "served by " + string id;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	reqs := chan of ref Req;
	spawn calc(reqs);
	reply := chan of (int, string);
	ops := array[] of {("add", 5), ("mul", 3), ("sub", 1), ("add", -2), ("get", 0), ("quit", 0)};
	for(i := 0; i < len ops; i++){
		(op, arg) := ops[i];
		reqs <-= ref Req(op, arg, reply);
		(v, s) := <-reply;
		sys->print("%s %d -> %d %s\n", op, arg, v, s);
	}

	ask := chan of chan of chan of string;
	spawn directory(ask, 3);
	for(i = 0; i < 3; i++){
		where := chan of chan of string;
		ask <-= where;
		c := <-where;
		sys->print("%s\n", <-c);
	}

	# a channel sent over itme
	me := chan[1] of chan of int;
	ci := chan[1] of int;
	me <-= ci;
	(<-me) <-= 11;
	sys->print("through itself: %d\n", <-ci);
	cs := chan[1] of chan of chan of int;
	cs <-= me;
	got := <-cs;
	got <-= ci;
	(<-got) <-= 12;
	sys->print("deeper: %d\n", <-ci);
}
