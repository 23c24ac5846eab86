implement SieveChan;

include "sys.m";
	sys: Sys;
include "draw.m";

SieveChan: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

DONE: con -1;

gen(out: chan of int, limit: int)
{
	for(i := 2; i <= limit; i++)
		out <-= i;
	out <-= DONE;
}

# each filter owns one prime and passes on what it cannot divide
filter(p: int, in, out: chan of int)
{
	for(;;) {
		v := <-in;
		if(v == DONE) {
			out <-= DONE;
			return;
		}
		if(v % p != 0)
			out <-= v;
	}
}

# requests and replies through a server process holding state
Req: adt {
	op: string;
	arg: int;
	reply: chan of (int, string);
};

server(reqs: chan of ref Req)
{
	stack: list of int;
	for(;;) {
		r := <-reqs;
		case r.op {
		"push" =>
			stack = r.arg :: stack;
			r.reply <-= (len stack, nil);
		"pop" =>
			if(stack == nil) {
				r.reply <-= (0, "stack empty");
				continue;
			}
			v := hd stack;
			stack = tl stack;
			r.reply <-= (v, nil);
		"quit" =>
			r.reply <-= (len stack, "bye");
			return;
		}
	}
}

call(reqs: chan of ref Req, op: string, arg: int): string
{
	rc := chan of (int, string);
	reqs <-= ref Req(op, arg, rc);
	(v, err) := <-rc;
	if(err != nil)
		return sys->sprint("%s(%d) -> %d, %s", op, arg, v, err);
	return sys->sprint("%s(%d) -> %d", op, arg, v);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	c := chan of int;
	spawn gen(c, 120);
	primes: list of int;
	for(;;) {
		p := <-c;
		if(p == DONE)
			break;
		primes = p :: primes;
		nc := chan of int;
		spawn filter(p, c, nc);
		c = nc;
	}
	sys->print("%d primes up to 120, largest first:", len primes);
	for(l := primes; l != nil; l = tl l)
		sys->print(" %d", hd l);
	sys->print("\n");

	reqs := chan of ref Req;
	spawn server(reqs);
	ops := array[] of {("push", 5), ("push", 8), ("pop", 0), ("pop", 0), ("pop", 0), ("push", 1), ("quit", 0)};
	for(i := 0; i < len ops; i++) {
		(op, arg) := ops[i];
		sys->print("%s\n", call(reqs, op, arg));
	}

	# buffered channel keeps FIFO order, alt prefers a ready channel
	buf := chan[4] of string;
	buf <-= "one";
	buf <-= "two";
	buf <-= "three";
	empty := chan of string;
	for(k := 0; k < 4; k++) {
		alt {
		s := <-empty =>
			sys->print("never: %s\n", s);
		s := <-buf =>
			sys->print("buffered got %s\n", s);
		* =>
			sys->print("nothing ready\n");
		}
	}

	# a relay ring: a token passes through n processes and comes back
	n := 5;
	first := chan of string;
	prev := first;
	for(k = 0; k < n; k++) {
		next := chan of string;
		spawn relay(k, prev, next);
		prev = next;
	}
	first <-= "tok";
	sys->print("ring result: %s\n", <-prev);
}

relay(id: int, in, out: chan of string)
{
	s := <-in;
	out <-= s + "." + string id;
}
