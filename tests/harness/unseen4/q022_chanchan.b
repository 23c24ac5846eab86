implement ChanChan;

include "sys.m";
	sys: Sys;
include "draw.m";

ChanChan: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Req: adt {
	op:	string;
	arg:	int;
	reply:	chan of string;
};

# a counter server; each request carries its own reply channel
server(reqs: chan of ref Req)
{
	total := 0;
	for(;;){
		r := <-reqs;
		case r.op {
		"add" =>
			total += r.arg;
			r.reply <-= sys->sprint("added %d", r.arg);
		"get" =>
			r.reply <-= sys->sprint("total %d", total);
		"quit" =>
			r.reply <-= "bye";
			return;
		* =>
			r.reply <-= "unknown op " + r.op;
		}
	}
}

# a registry that hands out channels
registry(ask: chan of chan of chan of int)
{
	for(i := 0; i < 3; i++){
		rc := <-ask;
		c := chan[1] of int;
		c <-= 100 + i;
		rc <-= c;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	reqs := chan of ref Req;
	spawn server(reqs);
	reply := chan of string;
	ops := array[] of {("add", 5), ("add", 7), ("get", 0), ("mul", 2), ("add", -3), ("get", 0), ("quit", 0)};
	for(i := 0; i < len ops; i++){
		(op, arg) := ops[i];
		reqs <-= ref Req(op, arg, reply);
		sys->print("%s(%d): %s\n", op, arg, <-reply);
	}
	ask := chan of chan of chan of int;
	spawn registry(ask);
	for(i = 0; i < 3; i++){
		rc := chan of chan of int;
		ask <-= rc;
		c := <-rc;
		sys->print("channel %d holds %d\n", i, <-c);
	}
}
