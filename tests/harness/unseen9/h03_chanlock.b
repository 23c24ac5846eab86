implement ChanLock;

include "sys.m";
	sys: Sys;
include "draw.m";

ChanLock: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Lock: adt {
	c:	chan of int;

	new:	fn(): ref Lock;
	acquire:	fn(l: self ref Lock);
	release:	fn(l: self ref Lock);
};

Lock.new(): ref Lock
{
	l := ref Lock(chan[1] of int);
	l.c <-= 1;	# token present: unlocked
	return l;
}

Lock.acquire(l: self ref Lock)
{
	<-l.c;
}

Lock.release(l: self ref Lock)
{
	l.c <-= 1;
}

counter := 0;
inside := 0;
violations := 0;
perworker: array of int;

NW: con 5;
ROUNDS: con 40;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lk := Lock.new();
	perworker = array[NW] of {* => 0};
	done := chan of int;
	for(i := 0; i < NW; i++)
		spawn worker(i, lk, done);
	finished := array[NW] of {* => 0};
	for(i = 0; i < NW; i++)
		finished[<-done] = 1;
	for(i = 0; i < NW; i++)
		sys->print("worker %d finished=%d increments=%d\n", i, finished[i], perworker[i]);
	sys->print("counter = %d (expected %d)\n", counter, NW*ROUNDS*(ROUNDS+1)/2);
	sys->print("mutual exclusion violations: %d\n", violations);
	# lock must be free again
	alt {
	<-lk.c =>
		sys->print("lock free at end\n");
	* =>
		sys->print("lock still held!\n");
	}
}

worker(id: int, lk: ref Lock, done: chan of int)
{
	for(r := 1; r <= ROUNDS; r++){
		lk.acquire();
		inside++;
		if(inside != 1)
			violations++;
		v := counter;
		if(r % 7 == 0)
			sys->sleep(0);	# give others a chance to barge in
		counter = v + r;
		perworker[id]++;
		inside--;
		lk.release();
	}
	done <-= id;
}
