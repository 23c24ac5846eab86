implement Philosophers;

include "sys.m";
	sys: Sys;
include "draw.m";

Philosophers: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

N: con 5;
MEALS: con 30;

names := array[N] of {"Plato", "Kant", "Hume", "Locke", "Mill"};

Fork: adt {
	c:	chan of int;
	uses:	int;
	holder:	int;
};

forks: array of ref Fork;
seats: chan of int;		# the waiter: N-1 seats, a counting semaphore
clashes := 0;

take(f: ref Fork, who: int)
{
	f.c <-= who;
	if(f.holder != -1)
		clashes++;
	f.holder = who;
	f.uses++;
}

put(f: ref Fork)
{
	f.holder = -1;
	<-f.c;
}

philosopher(id: int, done: chan of (int, int))
{
	left := forks[id];
	right := forks[(id+1) % N];
	thoughts := 0;
	for(m := 0; m < MEALS; m++){
		for(t := 0; t < (id*7 + m) % 5; t++){
			thoughts++;
			sys->sleep(0);
		}
		seats <-= id;		# sit down (blocks if table is full)
		take(left, id);
		take(right, id);
		sys->sleep(0);		# chew
		put(right);
		put(left);
		<-seats;		# stand up
	}
	done <-= (id, thoughts);
}

# second act: a conductor lets non-adjacent philosophers eat in fixed rounds
diner(id: int, go: chan of int, ack: chan of int)
{
	for(;;){
		r := <-go;
		if(r < 0)
			return;
		take(forks[id], id);
		take(forks[(id+1) % N], id);
		put(forks[(id+1) % N]);
		put(forks[id]);
		ack <-= id;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	forks = array[N] of ref Fork;
	for(i := 0; i < N; i++)
		forks[i] = ref Fork(chan[1] of int, 0, -1);
	seats = chan[N-1] of int;
	done := chan of (int, int);
	for(i = 0; i < N; i++)
		spawn philosopher(i, done);
	thought := array[N] of int;
	for(i = 0; i < N; i++){
		(id, t) := <-done;
		thought[id] = t;
	}
	sys->print("free-for-all: everyone finished %d meals, no deadlock\n", MEALS);
	for(i = 0; i < N; i++)
		sys->print("  %-6s thought %3d times; fork %d used %d times\n",
			names[i], thought[i], i, forks[i].uses);
	sys->print("fork clashes %d\n", clashes);

	gos := array[N] of chan of int;
	ack := chan of int;
	for(i = 0; i < N; i++){
		gos[i] = chan of int;
		spawn diner(i, gos[i], ack);
	}
	# with 5 seats, {0,2}, {1,3}, {2,4}, {3,0}, {4,1} are conflict-free pairs
	for(r := 0; r < N; r++){
		a := r;
		b := (r+2) % N;
		gos[a] <-= r;
		gos[b] <-= r;
		x := <-ack;
		y := <-ack;
		if(x > y)
			(x, y) = (y, x);
		sys->print("round %d: %s and %s ate\n", r, names[x], names[y]);
	}
	for(i = 0; i < N; i++)
		gos[i] <-= -1;
	total := 0;
	for(i = 0; i < N; i++)
		total += forks[i].uses;
	sys->print("total fork pickups %d (expected %d)\n", total, 2*N*MEALS + 2*2*N);
}
