implement ChanOfChan;

include "sys.m";
	sys: Sys;
include "draw.m";

ChanOfChan: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Req: adt {
	op: string;
	key: string;
	val: int;
	reply: chan of (int, string);
};

store(reqs: chan of ref Req)
{
	keys := array[8] of string;
	vals := array[8] of {* => 0};
	n := 0;
	for(;;){
		r := <-reqs;
		if(r == nil)
			return;
		case r.op {
		"set" =>
			i := find(keys, n, r.key);
			if(i < 0){
				i = n++;
				keys[i] = r.key;
			}
			vals[i] = r.val;
			r.reply <-= (1, "ok");
		"get" =>
			i := find(keys, n, r.key);
			if(i < 0)
				r.reply <-= (0, "no such key " + r.key);
			else
				r.reply <-= (vals[i], "ok");
		* =>
			r.reply <-= (-1, "bad op " + r.op);
		}
	}
}

find(keys: array of string, n: int, k: string): int
{
	for(i := 0; i < n; i++)
		if(keys[i] == k)
			return i;
	return -1;
}

call(reqs: chan of ref Req, op, key: string, val: int): (int, string)
{
	rc := chan of (int, string);
	reqs <-= ref Req(op, key, val, rc);
	return <-rc;
}

client(name: string, reqs: chan of ref Req, replies: chan of chan of string)
{
	mine := chan of string;
	replies <-= mine;
	(v, msg) := call(reqs, "get", name, 0);
	mine <-= sys->sprint("%s sees %d (%s)", name, v, msg);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	reqs := chan of ref Req;
	spawn store(reqs);
	(v, m) := call(reqs, "set", "alpha", 10);
	sys->print("set alpha: %d %s\n", v, m);
	(v, m) = call(reqs, "set", "beta", 20);
	sys->print("set beta: %d %s\n", v, m);
	(v, m) = call(reqs, "set", "alpha", 11);
	sys->print("reset alpha: %d %s\n", v, m);
	(v, m) = call(reqs, "get", "alpha", 0);
	sys->print("get alpha: %d %s\n", v, m);
	(v, m) = call(reqs, "get", "gamma", 0);
	sys->print("get gamma: %d %s\n", v, m);
	(v, m) = call(reqs, "del", "beta", 0);
	sys->print("del beta: %d %s\n", v, m);
	replies := chan of chan of string;
	names := array[] of {"beta", "alpha", "delta"};
	for(i := 0; i < len names; i++){
		spawn client(names[i], reqs, replies);
		c := <-replies;
		sys->print("client %d: %s\n", i, <-c);
	}
	cc := chan[2] of chan of string;
	x := chan[1] of string;
	cc <-= x;
	cc <-= x;
	a := <-cc;
	b := <-cc;
	a <-= "through a";
	sys->print("same channel twice: %d, read via b: %s\n", a == b, <-b);
	reqs <-= nil;
}
