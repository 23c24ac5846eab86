implement Semaphore;

include "sys.m";
	sys: Sys;
include "draw.m";

Semaphore: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Sem: adt {
	permits:	chan of int;
	size:	int;

	new:	fn(n: int): ref Sem;
	down:	fn(s: self ref Sem);
	up:	fn(s: self ref Sem);
	trydown:	fn(s: self ref Sem): int;
};

Sem.new(n: int): ref Sem
{
	s := ref Sem(chan[n] of int, n);
	for(i := 0; i < n; i++)
		s.permits <-= i;
	return s;
}

Sem.down(s: self ref Sem)
{
	<-s.permits;
}

Sem.up(s: self ref Sem)
{
	s.permits <-= 0;
}

Sem.trydown(s: self ref Sem): int
{
	alt {
	<-s.permits =>
		return 1;
	* =>
		return 0;
	}
}

inside := 0;
peak := 0;
work := 0;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(k := 1; k <= 3; k++){
		sem := Sem.new(k);
		inside = peak = work = 0;
		done := chan of int;
		for(i := 0; i < 6; i++)
			spawn job(sem, i, done);
		for(i = 0; i < 6; i++)
			<-done;
		sys->print("permits %d: peak concurrency %d, work %d\n", k, peak, work);
		# all permits returned?
		got := 0;
		while(sem.trydown())
			got++;
		sys->print("permits %d: %d permits back in the pool\n", k, got);
	}
}

job(sem: ref Sem, id: int, done: chan of int)
{
	for(r := 0; r < 2; r++){
		sem.down();
		inside++;
		if(inside > peak)
			peak = inside;
		sys->sleep(10);
		work += id + 1;
		inside--;
		sem.up();
	}
	done <-= id;
}
