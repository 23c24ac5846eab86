implement ChanMutex;

include "sys.m";
	sys: Sys;
include "draw.m";

ChanMutex: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# a mutex is a channel with one slot: lock fills it, unlock drains it
Mutex: adt {
	c:	chan of int;
	owner:	int;
	acquisitions:	int;

	new:	fn(): ref Mutex;
	lock:	fn(m: self ref Mutex, who: int);
	trylock:	fn(m: self ref Mutex, who: int): int;
	unlock:	fn(m: self ref Mutex, who: int);
};

Mutex.new(): ref Mutex
{
	return ref Mutex(chan[1] of int, -1, 0);
}

Mutex.lock(m: self ref Mutex, who: int)
{
	m.c <-= who;
	m.owner = who;
	m.acquisitions++;
}

Mutex.trylock(m: self ref Mutex, who: int): int
{
	alt {
	m.c <-= who =>
		m.owner = who;
		m.acquisitions++;
		return 1;
	* =>
		return 0;
	}
}

Mutex.unlock(m: self ref Mutex, who: int)
{
	if(m.owner != who)
		raise sys->sprint("fail:unlock by %d, owner %d", who, m.owner);
	m.owner = -1;
	<-m.c;
}

NTHREAD: con 5;
ITERS: con 40;

counter := 0;
inside := 0;
maxinside := 0;
journal: array of int;
jn := 0;

worker(id: int, m: ref Mutex, done: chan of (int, int))
{
	mine := 0;
	for(i := 0; i < ITERS; i++){
		m.lock(id);
		inside++;
		if(inside > maxinside)
			maxinside = inside;
		v := counter;
		if(i % 3 == id % 3)
			sys->sleep(0);	# invite another thread in; the lock must keep it out
		counter = v + 1;
		journal[jn++] = id*1000 + i;
		inside--;
		m.unlock(id);
		mine++;
	}
	done <-= (id, mine);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	m := Mutex.new();

	# single-threaded checks of trylock
	sys->print("trylock free: %d\n", m.trylock(100));
	sys->print("trylock held: %d\n", m.trylock(101));
	m.unlock(100);
	{
		m.unlock(102);
	} exception e {
	"fail:*" =>
		sys->print("caught: %s\n", e[5:]);
	}

	journal = array[NTHREAD*ITERS] of int;
	done := chan of (int, int);
	for(i := 0; i < NTHREAD; i++)
		spawn worker(i, m, done);
	per := array[NTHREAD] of int;
	for(i = 0; i < NTHREAD; i++){
		(id, n) := <-done;
		per[id] = n;
	}
	for(i = 0; i < NTHREAD; i++)
		sys->print("worker %d did %d increments\n", i, per[i]);
	sys->print("counter = %d (want %d)\n", counter, NTHREAD*ITERS);
	sys->print("max threads inside critical section: %d\n", maxinside);

	# each worker's journal entries must appear in its own order
	last := array[NTHREAD] of {* => -1};
	ok := 1;
	for(i = 0; i < jn; i++){
		w := journal[i] / 1000;
		k := journal[i] % 1000;
		if(k != last[w] + 1)
			ok = 0;
		last[w] = k;
	}
	verdict := array[] of {"broken", "ok"};
	sys->print("journal entries %d, per-thread order %s\n", jn, verdict[ok]);
	sys->print("lock acquired %d times, now owner %d\n", m.acquisitions, m.owner);
}
