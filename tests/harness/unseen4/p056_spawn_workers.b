implement SpawnWorkers;

include "sys.m";
	sys: Sys;
include "draw.m";

SpawnWorkers: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Result: adt {
	idx: int;
	worker: int;
	input: int;
	value: big;
};

# count steps of collatz and sum of divisors: some cpu work
work(n: int): big
{
	steps := 0;
	v := big n;
	while(v != big 1){
		if((v & big 1) == big 0)
			v >>= 1;
		else
			v = big 3 * v + big 1;
		steps++;
	}
	s := 0;
	for(d := 1; d <= n; d++)
		if(n % d == 0)
			s += d;
	return big steps * big 100000 + big s;
}

worker(id: int, jobs: chan of (int, int), results: chan of ref Result)
{
	for(;;){
		(idx, n) := <-jobs;
		if(idx < 0)
			break;
		results <-= ref Result(idx, id, n, work(n));
	}
	results <-= nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inputs := array[] of {27, 97, 871, 6171, 12, 1, 77031, 837799, 9, 255, 1024, 3};
	nworkers := 4;
	jobs := chan of (int, int);
	results := chan of ref Result;
	for(w := 0; w < nworkers; w++)
		spawn worker(w, jobs, results);
	out := array[len inputs] of ref Result;
	next := 0;
	done := 0;
	got := 0;
	# feed jobs and collect results without deadlock
	while(done < nworkers){
		if(next <= len inputs + nworkers - 1 && next < len inputs){
			alt {
			jobs <-= (next, inputs[next]) =>
				next++;
			r := <-results =>
				if(r == nil)
					done++;
				else {
					out[r.idx] = r;
					got++;
				}
			}
		} else if(next < len inputs + nworkers){
			alt {
			jobs <-= (-1, 0) =>
				next++;
			r := <-results =>
				if(r == nil)
					done++;
				else {
					out[r.idx] = r;
					got++;
				}
			}
		} else {
			r := <-results;
			if(r == nil)
				done++;
			else {
				out[r.idx] = r;
				got++;
			}
		}
	}
	sys->print("collected %d results from %d workers\n", got, nworkers);
	total := big 0;
	for(i := 0; i < len out; i++){
		r := out[i];
		sys->print("%2d: n=%-7d steps=%-4bd divsum=%bd\n", r.idx, r.input, r.value / big 100000, r.value % big 100000);
		total += r.value;
	}
	sys->fprint(sys->fildes(2), "checksum %bd\n", total);
}
