implement ManyThreads;

# Hundreds of threads: all blocked on one channel at once, released one by
# one; their arrival order; a chain of 500 relays; a gate all wait on.

include "sys.m";
	sys: Sys;
include "draw.m";

ManyThreads: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

reporter(id: int, c: chan of int)
{
	c <-= id;
}

relay(in, out: chan of int)
{
	out <-= 1 + <-in;
}

waiter(id: int, gate: chan of int, done: chan of (int, int))
{
	v := <-gate;
	done <-= (id, v);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	N: con 300;
	c := chan of int;
	for(i := 0; i < N; i++)
		spawn reporter(i, c);
	sum := 0;
	inorder := 1;
	for(i = 0; i < N; i++){
		v := <-c;
		sum += v;
		if(v != i)
			inorder = 0;
	}
	sys->print("%d reporters: sum %d in order %d\n", N, sum, inorder);

	# the same through a buffered channel: the first ones fill it
	b := chan[10] of int;
	for(i = 0; i < N; i++)
		spawn reporter(i, b);
	s := "";
	for(i = 0; i < N; i++){
		v := <-b;
		if(i < 15 || i >= N-3)
			s += " " + string v;
	}
	sys->print("buffered:%s\n", s);

	first := chan of int;
	in := first;
	for(i = 0; i < 500; i++){
		out := chan of int;
		spawn relay(in, out);
		in = out;
	}
	first <-= 0;
	sys->print("relay chain: %d\n", <-in);

	gate := chan of int;
	done := chan of (int, int);
	for(i = 0; i < 200; i++)
		spawn waiter(i, gate, done);
	for(i = 0; i < 200; i++)
		gate <-= 1000 + i;
	bad := 0;
	total := 0;
	for(i = 0; i < 200; i++){
		(id, v) := <-done;
		total += v - id;
		if(v - id != 1000)
			bad++;
	}
	sys->print("gate: total %d mismatched %d\n", total, bad);
}
