implement Counter;

include "sys.m";
	sys: Sys;
include "draw.m";

Counter: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# a lock built from a buffered channel of capacity 1
Lock: adt {
	c:	chan of int;
	new:	fn(): ref Lock;
	lock:	fn(l: self ref Lock);
	unlock:	fn(l: self ref Lock);
};

Lock.new(): ref Lock
{
	l := ref Lock(chan[1] of int);
	return l;
}

Lock.lock(l: self ref Lock)
{
	l.c <-= 1;
}

Lock.unlock(l: self ref Lock)
{
	<-l.c;
}

counter := 0;
perworker: array of int;

bump(id, n: int, l: ref Lock, done: chan of int)
{
	for(i := 0; i < n; i++){
		l.lock();
		v := counter;
		if(i % 7 == 0)
			sys->sleep(0);	# yield while holding the lock: nobody else may get in
		counter = v + 1;
		perworker[id]++;
		l.unlock();
	}
	done <-= id;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	NW: con 5;
	perworker = array[NW] of {* => 0};
	l := Lock.new();
	done := chan of int;
	for(i := 0; i < NW; i++)
		spawn bump(i, 100*(i+1), l, done);
	finished := array[NW] of {* => 0};
	for(i = 0; i < NW; i++)
		finished[<-done] = 1;
	expect := 0;
	for(i = 0; i < NW; i++){
		sys->print("worker %d: %d increments, finished %d\n", i, perworker[i], finished[i]);
		expect += 100*(i+1);
	}
	verdict := "ok";
	if(counter != expect)
		verdict = "MISMATCH";
	sys->print("counter = %d, expected %d: %s\n", counter, expect, verdict);
	if(counter != expect)
		raise "counter mismatch";
}
