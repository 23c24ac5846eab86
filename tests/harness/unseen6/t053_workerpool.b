implement WorkerPool;

include "sys.m";
	sys: Sys;
include "draw.m";

WorkerPool: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Job: adt {
	id:	int;
	start:	big;
};

Result: adt {
	id:	int;
	steps:	int;
	peak:	big;
};

NWORKERS: con 4;

collatz(n: big): (int, big)
{
	steps := 0;
	peak := n;
	while(n != big 1){
		if((n & big 1) != big 0)
			n = big 3*n + big 1;
		else
			n >>= 1;
		if(n > peak)
			peak = n;
		steps++;
	}
	return (steps, peak);
}

worker(jobs: chan of ref Job, results: chan of ref Result, quit: chan of int)
{
	for(;;){
		j := <-jobs;
		if(j == nil){
			quit <-= 1;
			return;
		}
		(s, p) := collatz(j.start);
		results <-= ref Result(j.id, s, p);
	}
}

dispatcher(jobs: chan of ref Job, starts: array of big)
{
	for(i := 0; i < len starts; i++)
		jobs <-= ref Job(i, starts[i]);
	for(i = 0; i < NWORKERS; i++)
		jobs <-= nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	starts := array[] of {big 27, big 97, big 871, big 6171, big 77031, big 837799,
		big 8400511, big 63728127, big 1, big 2, big 3, big 670617279};
	jobs := chan of ref Job;
	results := chan of ref Result;
	quit := chan of int;
	for(i := 0; i < NWORKERS; i++)
		spawn worker(jobs, results, quit);
	spawn dispatcher(jobs, starts);
	got := array[len starts] of ref Result;
	running := NWORKERS;
	nres := 0;
	while(running > 0)
		alt {
		r := <-results =>
			if(got[r.id] != nil)
				raise "duplicate result";
			got[r.id] = r;
			nres++;
		<-quit =>
			running--;
		}
	sys->print("%d results from %d workers\n", nres, NWORKERS);
	best := 0;
	for(i = 0; i < len got; i++){
		r := got[i];
		sys->print("%12bd: %4d steps, peak %bd\n", starts[i], r.steps, r.peak);
		if(r.steps > got[best].steps)
			best = i;
	}
	sys->print("longest: %bd with %d steps\n", starts[best], got[best].steps);
}
