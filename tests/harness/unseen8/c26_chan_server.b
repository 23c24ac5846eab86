implement ChanServer;

include "sys.m";
	sys: Sys;
include "draw.m";

ChanServer: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# requests carry their own reply channel
Req: adt {
	op:	string;
	key:	string;
	val:	int;
	reply:	chan of (int, string);
};

store(reqs: chan of ref Req)
{
	keys: list of string;
	vals: list of int;
	for(;;) {
		r := <-reqs;
		if(r == nil)
			break;
		case r.op {
		"put" =>
			keys = r.key :: keys;
			vals = r.val :: vals;
			r.reply <-= (0, "stored " + r.key);
		"get" =>
			(kl, vl) := (keys, vals);
			found := 0;
			for(; kl != nil; (kl, vl) = (tl kl, tl vl))
				if(hd kl == r.key) {
					r.reply <-= (hd vl, "found");
					found = 1;
					break;
				}
			if(!found)
				r.reply <-= (-1, "no key " + r.key);
		"count" =>
			r.reply <-= (len keys, "entries");
		* =>
			r.reply <-= (-1, "bad op " + r.op);
		}
	}
}

call(reqs: chan of ref Req, op, key: string, val: int): (int, string)
{
	rc := chan of (int, string);
	reqs <-= ref Req(op, key, val, rc);
	return <-rc;
}

# several clients, each with its own reply channel; a token keeps them in turn
client(id: int, reqs: chan of ref Req, turn: chan of int, next: chan of int, done: chan of string)
{
	<-turn;
	(v, msg) := call(reqs, "put", "k" + string id, id * 100);
	out := sys->sprint("client %d: put -> %d %s", id, v, msg);
	(v, msg) = call(reqs, "get", "k" + string (id - 1), 0);
	out += sys->sprint("; get k%d -> %d %s", id - 1, v, msg);
	done <-= out;
	next <-= 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	reqs := chan of ref Req;
	spawn store(reqs);

	(v, m) := call(reqs, "get", "missing", 0);
	sys->print("get missing -> %d %s\n", v, m);
	(v, m) = call(reqs, "frob", "x", 0);
	sys->print("frob -> %d %s\n", v, m);

	N: con 4;
	turns := array[N + 1] of chan of int;
	for(i := 0; i <= N; i++)
		turns[i] = chan[1] of int;
	done := chan[N] of string;
	for(i = 0; i < N; i++)
		spawn client(i, reqs, turns[i], turns[i + 1], done);
	turns[0] <-= 1;
	<-turns[N];
	for(i = 0; i < N; i++)
		sys->print("%s\n", <-done);

	(v, m) = call(reqs, "count", nil, 0);
	sys->print("count -> %d %s\n", v, m);
	reqs <-= nil;
	sys->print("server stopped\n");
}
