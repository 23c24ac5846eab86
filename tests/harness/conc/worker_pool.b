implement WorkerPool;

# A pool of workers sharing one job channel; each result carries its job
# number, and main places results by number, so the answer is fixed. The
# per-worker counts come from the scheduler's queueing order.

include "sys.m";
	sys: Sys;
include "draw.m";

WorkerPool: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Job: adt {
	id:	int;
	n:	int;
};

Result: adt {
	id:	int;
	worker:	int;
	val:	big;
};

fib(n: int): big
{
	a := big 0;
	b := big 1;
	for(i := 0; i < n; i++)
		(a, b) = (b, a+b);
	return a;
}

worker(w: int, jobs: chan of ref Job, res: chan of ref Result)
{
	while((j := <-jobs) != nil)
		res <-= ref Result(j.id, w, fib(j.n));
	res <-= ref Result(-1, w, big 0);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	W: con 3;
	J: con 15;
	jobs := chan[4] of ref Job;
	res := chan of ref Result;
	for(w := 0; w < W; w++)
		spawn worker(w, jobs, res);
	spawn feed(jobs, J, W);
	out := array[J] of big;
	per := array[W] of {* => 0};
	ended := 0;
	order := "";
	while(ended < W){
		r := <-res;
		if(r.id < 0){
			ended++;
			continue;
		}
		out[r.id] = r.val;
		per[r.worker]++;
		order += " " + string r.id;
	}
	for(i := 0; i < J; i++)
		sys->print("fib(%d) = %bd\n", 5*i, out[i]);
	for(w = 0; w < W; w++)
		sys->print("worker %d did %d\n", w, per[w]);
	sys->print("completion order:%s\n", order);
}

feed(jobs: chan of ref Job, n, w: int)
{
	for(i := 0; i < n; i++)
		jobs <-= ref Job(i, 5*i);
	for(i = 0; i < w; i++)
		jobs <-= nil;
}
