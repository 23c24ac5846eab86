#args: 4 20
implement WorkerPool;

include "sys.m";
	sys: Sys;
include "draw.m";

WorkerPool: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Job: adt {
	id:	int;
	n:	int;
};

Reply: adt {
	id:	int;
	steps:	int;
};

# Collatz step count: deterministic per job, whichever worker runs it
collatz(n: int): int
{
	steps := 0;
	while(n != 1) {
		if(n % 2 == 0)
			n /= 2;
		else
			n = 3 * n + 1;
		steps++;
	}
	return steps;
}

worker(jobs: chan of ref Job, replies: chan of Reply, finished: chan of int)
{
	done := 0;
	for(;;) {
		j := <-jobs;
		if(j == nil)
			break;
		replies <-= Reply(j.id, collatz(j.n));
		done++;
	}
	finished <-= done;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	nworkers := 3;
	njobs := 12;
	if(len args >= 3) {
		nworkers = int hd tl args;
		njobs = int hd tl tl args;
	}
	jobs := chan of ref Job;
	replies := chan[njobs] of Reply;
	finished := chan of int;
	for(w := 0; w < nworkers; w++)
		spawn worker(jobs, replies, finished);

	for(i := 0; i < njobs; i++)
		jobs <-= ref Job(i, 7 + i * 3);
	for(w = 0; w < nworkers; w++)
		jobs <-= nil;

	total := 0;
	for(w = 0; w < nworkers; w++)
		total += <-finished;

	steps := array[njobs] of {* => -1};
	for(i = 0; i < njobs; i++) {
		r := <-replies;
		steps[r.id] = r.steps;
	}
	best := 0;
	for(i = 0; i < njobs; i++) {
		sys->print("job %2d: collatz(%d) takes %d steps\n", i, 7 + i * 3, steps[i]);
		if(steps[i] > steps[best])
			best = i;
	}
	sys->print("%d workers completed %d jobs\n", nworkers, total);
	sys->print("longest: job %d with %d steps\n", best, steps[best]);
}
