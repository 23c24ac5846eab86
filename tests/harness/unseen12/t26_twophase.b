implement TwoPhase;

include "sys.m";
	sys: Sys;
include "draw.m";

TwoPhase: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Msg: adt {
	pick {
	Prepare =>
		txid:	int;
		key:	string;
		delta:	int;
	Commit or Abort =>
		txid:	int;
	}
};

Vote: adt {
	node:	int;
	txid:	int;
	yes:	int;
	why:	string;
};

Node: adt {
	id:	int;
	pid:	int;
	in:	chan of ref Msg;
};

# each participant keeps integer balances and refuses to go negative
participant(id: int, pidc: chan of int, in: chan of ref Msg, votes: chan of ref Vote, acks: chan of (int, string))
{
	pidc <-= sys->pctl(0, nil);
	keys := array[] of {"apples", "pears", "plums"};
	vals := array[] of {10 + id, 5 * id, 3};
	pending := -1;
	pendkey := -1;
	pendval := 0;
	for(;;) pick m := <-in {
	Prepare =>
		k := -1;
		for(i := 0; i < len keys; i++)
			if(keys[i] == m.key)
				k = i;
		if(k < 0)
			votes <-= ref Vote(id, m.txid, 0, "no such key " + m.key);
		else if(vals[k] + m.delta < 0)
			votes <-= ref Vote(id, m.txid, 0, sys->sprint("%s would be %d", m.key, vals[k]+m.delta));
		else{
			(pending, pendkey, pendval) = (m.txid, k, vals[k] + m.delta);
			votes <-= ref Vote(id, m.txid, 1, nil);
		}
	Commit =>
		if(m.txid == pending)
			vals[pendkey] = pendval;
		pending = -1;
		acks <-= (id, state(keys, vals));
	Abort =>
		pending = -1;
		acks <-= (id, state(keys, vals));
	}
}

state(keys: array of string, vals: array of int): string
{
	s := "";
	for(i := 0; i < len keys; i++)
		s += sys->sprint(" %s=%d", keys[i], vals[i]);
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	N := 3;
	votes := chan of ref Vote;
	acks := chan of (int, string);
	pidc := chan of int;
	nodes := array[N] of ref Node;
	for(i := 0; i < N; i++){
		c := chan of ref Msg;
		spawn participant(i, pidc, c, votes, acks);
		nodes[i] = ref Node(i, <-pidc, c);
	}

	txs := array[] of {
		("pears", -4), ("apples", -11), ("plums", -3), ("plums", 2),
		("pears", 20), ("figs", 1), ("apples", -9),
	};
	committed := 0;
	for(t := 0; t < len txs; t++){
		(key, delta) := txs[t];
		# phase 1: everyone prepares; votes may come back in any order
		for(i = 0; i < N; i++)
			nodes[i].in <-= ref Msg.Prepare(t, key, delta);
		reasons := array[N] of string;
		yes := 0;
		for(i = 0; i < N; i++){
			v := <-votes;
			if(v.txid != t)
				raise "fail:stale vote";
			if(v.yes)
				yes++;
			else
				reasons[v.node] = v.why;
		}
		# phase 2: unanimous yes commits, anything else aborts everywhere
		decision := "ABORT";
		for(i = 0; i < N; i++)
			if(yes == N)
				nodes[i].in <-= ref Msg.Commit(t);
			else
				nodes[i].in <-= ref Msg.Abort(t);
		if(yes == N){
			decision = "COMMIT";
			committed++;
		}
		states := array[N] of string;
		for(i = 0; i < N; i++){
			(n, s) := <-acks;
			states[n] = s;
		}
		sys->print("tx%d %s%+d: %d/%d yes -> %s\n", t, key, delta, yes, N, decision);
		for(i = 0; i < N; i++)
			if(reasons[i] != nil)
				sys->print("    node%d said no: %s\n", i, reasons[i]);
		if(t == len txs - 1)
			for(i = 0; i < N; i++)
				sys->print("    node%d:%s\n", i, states[i]);
	}
	sys->print("%d of %d transactions committed\n", committed, len txs);

	# participants loop forever; end them through their ctl files
	for(i = 0; i < N; i++){
		fd := sys->open(sys->sprint("/prog/%d/ctl", nodes[i].pid), Sys->OWRITE);
		if(fd == nil || sys->write(fd, array of byte "kill", 4) != 4)
			sys->fprint(sys->fildes(2), "could not kill node%d: %r\n", i);
	}
	sys->print("participants killed\n");
}
