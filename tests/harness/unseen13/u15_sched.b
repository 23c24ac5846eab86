implement Sched;

include "sys.m";
	sys: Sys;
include "draw.m";

Sched: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Job: adt {
	id:	int;
	work:	int;
};

Result: adt {
	worker:	int;
	job:	int;
	value:	big;
};

fib(n: int): big
{
	a := big 0;
	b := big 1;
	for(i := 0; i < n; i++)
		(a, b) = (b, a+b);
	return a;
}

worker(id: int, jobs: chan of ref Job, results: chan of Result)
{
	for(;;){
		j := <-jobs;
		if(j == nil){
			results <-= Result(id, -1, big 0);
			return;
		}
		results <-= Result(id, j.id, fib(j.work));
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	NW: con 3;
	jobs := chan of ref Job;
	results := chan of Result;
	for(w := 0; w < NW; w++)
		spawn worker(w, jobs, results);
	NJ: con 12;
	vals := array[NJ] of big;
	sent := 0;
	done := 0;
	quit := 0;
	# a single loop feeds jobs and collects results; alt chooses whichever is ready
	while(quit < NW){
		if(sent < NJ){
			alt {
			jobs <-= ref Job(sent, 8*sent+3) =>
				sent++;
			r := <-results =>
				vals[r.job] = r.value;
				done++;
			}
		}else if(sent < NJ+NW){
			alt {
			jobs <-= nil =>
				sent++;
			r := <-results =>
				if(r.job < 0)
					quit++;
				else{
					vals[r.job] = r.value;
					done++;
				}
			}
		}else{
			r := <-results;
			if(r.job < 0)
				quit++;
			else{
				vals[r.job] = r.value;
				done++;
			}
		}
	}
	sys->print("%d jobs done by %d workers\n", done, NW);
	for(i := 0; i < NJ; i++)
		sys->print("fib(%3d) = %bd\n", 8*i+3, vals[i]);
}
