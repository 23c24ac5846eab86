implement FanIn;

include "sys.m";
	sys: Sys;
include "draw.m";

FanIn: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Result: adt {
	worker:	int;
	lo, hi:	int;
	sum:	big;
	primes:	int;
};

isprime(n: int): int
{
	if(n < 2)
		return 0;
	for(d := 2; d*d <= n; d++)
		if(n % d == 0)
			return 0;
	return 1;
}

worker(id: int, jobs: chan of (int, int), results: chan of Result)
{
	for(;;){
		(lo, hi) := <-jobs;
		if(lo < 0){
			results <-= Result(id, -1, -1, big 0, 0);
			return;
		}
		s := big 0;
		np := 0;
		for(i := lo; i < hi; i++){
			s += big i * big i;
			np += isprime(i);
		}
		results <-= Result(id, lo, hi, s, np);
	}
}

dispatcher(nchunks, chunk, nworkers: int, jobs: chan of (int, int))
{
	for(c := 0; c < nchunks; c++)
		jobs <-= (c*chunk, (c+1)*chunk);
	for(w := 0; w < nworkers; w++)
		jobs <-= (-1, -1);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	NW: con 4;
	NCHUNK: con 10;
	CHUNK: con 1000;
	jobs := chan of (int, int);
	results := chan of Result;
	for(w := 0; w < NW; w++)
		spawn worker(w, jobs, results);
	spawn dispatcher(NCHUNK, CHUNK, NW, jobs);
	# gather; which worker gets which chunk is up to the scheduler,
	# so store by chunk index and report only order-free facts
	bychunk := array[NCHUNK] of Result;
	finished := 0;
	handled := 0;
	while(finished < NW){
		r := <-results;
		if(r.lo < 0){
			finished++;
			continue;
		}
		bychunk[r.lo / CHUNK] = r;
		handled++;
	}
	total := big 0;
	tp := 0;
	for(c := 0; c < NCHUNK; c++){
		r := bychunk[c];
		sys->print("chunk %d [%5d,%5d): sumsq=%bd primes=%d\n", c, r.lo, r.hi, r.sum, r.primes);
		total += r.sum;
		tp += r.primes;
	}
	n := big (NCHUNK*CHUNK);
	expect := (n-big 1)*n*(big 2*n-big 1)/big 6;
	sys->print("chunks handled %d by %d workers\n", handled, NW);
	sys->print("total sumsq=%bd formula=%bd match=%d\n", total, expect, total == expect);
	sys->print("primes below %bd: %d\n", n, tp);
}
