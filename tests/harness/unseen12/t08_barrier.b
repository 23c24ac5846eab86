implement BarrierDemo;

include "sys.m";
	sys: Sys;
include "draw.m";

BarrierDemo: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Barrier: adt {
	arrive:	chan of int;
	release:	array of chan of int;
	rounds:	int;

	new:	fn(n: int): ref Barrier;
	wait:	fn(b: self ref Barrier, id: int): int;
	stop:	fn(b: self ref Barrier);
	serve:	fn(b: self ref Barrier);
};

Barrier.new(n: int): ref Barrier
{
	b := ref Barrier(chan of int, array[n] of chan of int, 0);
	for(i := 0; i < n; i++)
		b.release[i] = chan of int;
	spawn b.serve();
	return b;
}

# the barrier's own thread: gather n arrivals, then release everyone
Barrier.serve(b: self ref Barrier)
{
	n := len b.release;
	for(;;){
		for(got := 0; got < n; got++)
			if(<-b.arrive < 0)
				return;
		b.rounds++;
		for(i := 0; i < n; i++)
			b.release[i] <-= b.rounds;
	}
}

Barrier.wait(b: self ref Barrier, id: int): int
{
	b.arrive <-= id;
	return <-b.release[id];
}

Barrier.stop(b: self ref Barrier)
{
	b.arrive <-= -1;
}

N: con 16;
NW: con 4;

# odd-even transposition sort: phase p compares pairs (i, i+1) with i%2 == p%2
sorter(id: int, a: array of int, b: ref Barrier, done: chan of int)
{
	lo := id * N / NW;
	hi := (id+1) * N / NW;
	swaps := 0;
	for(p := 0; p < N; p++){
		for(i := lo; i < hi; i++)
			if(i % 2 == p % 2 && i+1 < N && a[i] > a[i+1]){
				(a[i], a[i+1]) = (a[i+1], a[i]);
				swaps++;
			}
		b.wait(id);
	}
	done <-= swaps;
}

# Hillis-Steele inclusive scan with double buffering
scanner(id: int, bufs: array of array of int, b: ref Barrier, done: chan of int)
{
	lo := id * N / NW;
	hi := (id+1) * N / NW;
	src := 0;
	steps := 0;
	for(d := 1; d < N; d *= 2){
		s := bufs[src];
		t := bufs[1-src];
		for(i := lo; i < hi; i++)
			if(i >= d)
				t[i] = s[i] + s[i-d];
			else
				t[i] = s[i];
		b.wait(id);
		src = 1 - src;
		steps++;
	}
	done <-= steps;
}

show(tag: string, a: array of int)
{
	sys->print("%-8s", tag);
	for(i := 0; i < len a; i++)
		sys->print(" %d", a[i]);
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[N] of int;
	x := 7;
	for(i := 0; i < N; i++){
		x = (x * 37 + 11) % 97;
		a[i] = x;
	}
	show("input", a);

	b := Barrier.new(NW);
	done := chan of int;
	for(w := 0; w < NW; w++)
		spawn sorter(w, a, b, done);
	total := 0;
	for(w = 0; w < NW; w++)
		total += <-done;
	show("sorted", a);
	sys->print("swaps %d, barrier rounds %d\n", total, b.rounds);

	bufs := array[2] of array of int;
	bufs[0] = array[N] of int;
	bufs[1] = array[N] of int;
	for(i = 0; i < N; i++)
		bufs[0][i] = i + 1;
	for(w = 0; w < NW; w++)
		spawn scanner(w, bufs, b, done);
	steps := 0;
	for(w = 0; w < NW; w++)
		steps = <-done;
	show("prefix", bufs[steps % 2]);
	sys->print("scan steps %d, barrier rounds %d\n", steps, b.rounds);
	b.stop();
}
