#args: 3 10
implement Semaphore;

include "sys.m";
	sys: Sys;
include "draw.m";

Semaphore: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Sem: adt {
	tokens:	chan of int;
	new:	fn(n: int): ref Sem;
	acquire:	fn(s: self ref Sem);
	release:	fn(s: self ref Sem);
};

Sem.new(n: int): ref Sem
{
	s := ref Sem(chan[n] of int);
	for(i := 0; i < n; i++)
		s.tokens <-= i;
	return s;
}

Sem.acquire(s: self ref Sem)
{
	<-s.tokens;
}

Sem.release(s: self ref Sem)
{
	s.tokens <-= 0;
}

# gauge: a single thread owns the counters, so no locking needed
gauge(ev: chan of int, query: chan of chan of (int, int))
{
	cur := 0;
	peak := 0;
	entries := 0;
	for(;;) alt{
	d := <-ev =>
		cur += d;
		if(d > 0)
			entries++;
		if(cur > peak)
			peak = cur;
	r := <-query =>
		r <-= (peak, entries);
		return;
	}
}

digits(n: int): int
{
	s := 0;
	for(; n > 0; n /= 10)
		s += n % 10;
	return s;
}

job(i: int, sem: ref Sem, ev: chan of int, res: chan of string)
{
	sem.acquire();
	ev <-= 1;
	v := 1;
	for(k := 0; k < i+5; k++)
		v = (v * 7 + i) % 100003;
	sys->sleep(20);
	ev <-= -1;
	sem.release();
	res <-= sys->sprint("job %2d -> %6d (digit sum %d)", i, v, digits(v));
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	limit := 2;
	njobs := 6;
	if(len argv == 3){
		limit = int hd tl argv;
		njobs = int hd tl tl argv;
	}
	sem := Sem.new(limit);
	ev := chan of int;
	query := chan of chan of (int, int);
	spawn gauge(ev, query);

	results := array[njobs] of chan of string;
	for(i := 0; i < njobs; i++){
		results[i] = chan[1] of string;
		spawn job(i, sem, ev, results[i]);
	}
	for(i = 0; i < njobs; i++)
		sys->print("%s\n", <-results[i]);

	r := chan of (int, int);
	query <-= r;
	(peak, entries) := <-r;
	sys->print("limit %d, entries %d, peak concurrency %d\n", limit, entries, peak);
	if(peak > limit)
		sys->fprint(sys->fildes(2), "semaphore violated!\n");

	# all tokens must be back
	back := 0;
	for(;;) alt{
	<-sem.tokens =>
		back++;
	* =>
		sys->print("tokens returned: %d of %d\n", back, limit);
		exit;
	}
}
