#args: 5 6
implement Philosophers;

include "sys.m";
	sys: Sys;
include "draw.m";

Philosophers: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Fork: adt {
	c:	chan of int;
	owner:	int;
	uses:	int;
};

forks: array of ref Fork;
clashes := 0;

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	n := 5;
	meals := 3;
	if(len args >= 3){
		n = int hd tl args;
		meals = int hd tl tl args;
	}
	forks = array[n] of ref Fork;
	for(i := 0; i < n; i++){
		forks[i] = ref Fork(chan[1] of int, -1, 0);
		forks[i].c <-= 1;
	}
	report := chan of (int, int, int);
	for(i = 0; i < n; i++)
		spawn philosopher(i, n, meals, report);
	eaten := array[n] of int;
	thought := array[n] of int;
	for(i = 0; i < n; i++){
		(id, e, t) := <-report;
		eaten[id] = e;
		thought[id] = t;
	}
	for(i = 0; i < n; i++)
		sys->print("philosopher %d ate %d meals, thought %d thoughts\n", i, eaten[i], thought[i]);
	for(i = 0; i < n; i++)
		sys->print("fork %d used %d times, now free: %d\n", i, forks[i].uses, forks[i].owner == -1);
	sys->print("ownership clashes: %d\n", clashes);
}

take(f: ref Fork, who: int)
{
	<-f.c;
	if(f.owner != -1)
		clashes++;
	f.owner = who;
	f.uses++;
}

put(f: ref Fork, who: int)
{
	if(f.owner != who)
		clashes++;
	f.owner = -1;
	f.c <-= 1;
}

philosopher(id, n, meals: int, report: chan of (int, int, int))
{
	left := id;
	right := (id + 1) % n;
	# always pick up the lower-numbered fork first: no cycle, no deadlock
	first := left;
	second := right;
	if(first > second)
		(first, second) = (second, first);
	thoughts := 0;
	for(m := 0; m < meals; m++){
		thoughts += think(id, m);
		take(forks[first], id);
		take(forks[second], id);
		sys->sleep(1);	# eat, giving the others a chance to contend
		put(forks[second], id);
		put(forks[first], id);
	}
	report <-= (id, meals, thoughts);
}

think(id, m: int): int
{
	x := id*7 + m*3;
	t := 0;
	for(i := 0; i < 20 + x % 11; i++)
		if((x + i) % 3 == 0)
			t++;
	return t;
}
