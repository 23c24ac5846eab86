implement Semaphore;

include "sys.m";
	sys: Sys;
include "draw.m";

Semaphore: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# a counting semaphore built from a buffered channel
Sem: adt {
	c:	chan of int;

	new:	fn(n: int): ref Sem;
	acquire:	fn(s: self ref Sem);
	release:	fn(s: self ref Sem);
};

Sem.new(n: int): ref Sem
{
	s := ref Sem(chan[n] of int);
	for(i := 0; i < n; i++)
		s.c <-= 1;
	return s;
}

Sem.acquire(s: self ref Sem)
{
	<-s.c;
}

Sem.release(s: self ref Sem)
{
	s.c <-= 1;
}

Shared: adt {
	counter:	int;
	inside:	int;
	maxinside:	int;
};

worker(id: int, lock: ref Sem, slots: ref Sem, sh: ref Shared, rounds: int, done: chan of (int, int))
{
	mine := 0;
	for(r := 0; r < rounds; r++){
		slots.acquire();
		lock.acquire();
		sh.inside++;
		if(sh.inside > sh.maxinside)
			sh.maxinside = sh.inside;
		lock.release();

		# critical update done in several steps
		lock.acquire();
		v := sh.counter;
		sys->sleep(0);
		sh.counter = v + id;
		mine += id;
		lock.release();

		lock.acquire();
		sh.inside--;
		lock.release();
		slots.release();
	}
	done <-= (id, mine);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lock := Sem.new(1);
	slots := Sem.new(2);
	sh := ref Shared(0, 0, 0);
	done := chan of (int, int);
	nw := 5;
	rounds := 20;
	for(i := 1; i <= nw; i++)
		spawn worker(i, lock, slots, sh, rounds, done);
	per := array[nw+1] of {* => 0};
	for(i = 0; i < nw; i++){
		(id, mine) := <-done;
		per[id] = mine;
	}
	expect := 0;
	for(i = 1; i <= nw; i++){
		sys->print("worker %d contributed %d\n", i, per[i]);
		expect += i * rounds;
	}
	sys->print("counter %d expected %d\n", sh.counter, expect);
	sys->print("never more than 2 inside: %d\n", sh.maxinside <= 2);
	sys->print("nobody left inside: %d\n", sh.inside == 0);
}
