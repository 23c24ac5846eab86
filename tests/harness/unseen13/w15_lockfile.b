#args: 4
implement LockFile;

include "sys.m";
	sys: Sys;
include "draw.m";

LockFile: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

LOCK: con "/tmp/w_15.lock";
COUNTER: con "/tmp/w_15.count";

acquire(who: int): int
{
	fd := sys->create(LOCK, Sys->OWRITE|Sys->OEXCL, 8r644);
	if(fd == nil)
		return 0;
	sys->fprint(fd, "held by %d\n", who);
	return 1;
}

release()
{
	sys->remove(LOCK);
}

bump(): int
{
	fd := sys->open(COUNTER, Sys->ORDWR);
	buf := array[32] of byte;
	n := sys->read(fd, buf, len buf);
	v := 0;
	if(n > 0)
		v = int string buf[0:n];
	v++;
	s := array of byte sys->sprint("%d", v);
	sys->pwrite(fd, s, len s, big 0);
	return v;
}

worker(id: int, turn: chan of int, done: chan of string)
{
	<-turn;
	if(!acquire(id)){
		done <-= sys->sprint("worker %d: lock busy: %r", id);
		return;
	}
	v := bump();
	# a second attempt while held must fail
	again := acquire(id);
	release();
	done <-= sys->sprint("worker %d: counter=%d reacquire=%d", id, v, again);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	n := 3;
	if(tl argv != nil)
		n = int hd tl argv;
	release();
	fd := sys->create(COUNTER, Sys->OWRITE|Sys->OTRUNC, 8r644);
	sys->fprint(fd, "0");
	fd = nil;
	done := chan of string;
	for(i := 0; i < n; i++){
		turn := chan of int;
		spawn worker(i, turn, done);
		turn <-= 1;
		sys->print("%s\n", <-done);
	}
	# someone else holds the lock now
	acquire(99);
	turn := chan of int;
	spawn worker(n, turn, done);
	turn <-= 1;
	sys->print("%s\n", <-done);
	release();
	(ok, d) := sys->stat(LOCK);
	sys->print("lock stat after release: %d\n", ok);
	(ok, d) = sys->stat(COUNTER);
	sys->print("counter file length %bd\n", d.length);
	sys->remove(COUNTER);
}
