implement BarrierDemo;

include "sys.m";
	sys: Sys;
include "draw.m";

BarrierDemo: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Barrier: adt {
	arrive:	chan of chan of int;
	n:	int;

	new:	fn(n: int, generations: int): ref Barrier;
	wait:	fn(b: self ref Barrier, reply: chan of int): int;
};

Barrier.new(n: int, generations: int): ref Barrier
{
	b := ref Barrier(chan of chan of int, n);
	spawn barrierproc(b.arrive, n, generations);
	return b;
}

Barrier.wait(b: self ref Barrier, reply: chan of int): int
{
	b.arrive <-= reply;
	return <-reply;
}

barrierproc(arrive: chan of chan of int, n: int, generations: int)
{
	for(g := 0; g < generations; g++){
		waiting := array[n] of chan of int;
		for(i := 0; i < n; i++)
			waiting[i] = <-arrive;
		for(i = 0; i < n; i++)
			waiting[i] <-= g;
	}
}

N: con 6;
STEPS: con 5;

cur: array of int;
nxt: array of int;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	cur = array[N] of {0 => 600, * => 0};
	nxt = array[N] of int;
	b := Barrier.new(N, 2*STEPS);
	done := chan of (int, int);
	for(i := 0; i < N; i++)
		spawn cell(i, b, done);
	gens := array[N] of int;
	for(i = 0; i < N; i++){
		(id, g) := <-done;
		gens[id] = g;
	}
	s := "";
	total := 0;
	for(i = 0; i < N; i++){
		s += sys->sprint(" %d", cur[i]);
		total += cur[i];
	}
	sys->print("after %d steps:%s\n", STEPS, s);
	sys->print("total mass %d\n", total);
	for(i = 0; i < N; i++)
		sys->print("cell %d saw last generation %d\n", i, gens[i]);
}

# each cell keeps half its value and passes a quarter to each neighbour (ring)
cell(id: int, b: ref Barrier, done: chan of (int, int))
{
	reply := chan of int;
	g := 0;
	for(s := 0; s < STEPS; s++){
		left := cur[(id+N-1)%N];
		right := cur[(id+1)%N];
		nxt[id] = cur[id]/2 + left/4 + right/4 + fix(cur[id]);
		b.wait(reply);
		cur[id] = nxt[id];
		g = b.wait(reply);
	}
	done <-= (id, g);
}

# keep integer mass conserved: remainders stay where they were
fix(me: int): int
{
	return me - (me/2 + 2*(me/4));
}
