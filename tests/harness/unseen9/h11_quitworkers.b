#args: 4 20
implement QuitWorkers;

include "sys.m";
	sys: Sys;
include "draw.m";

QuitWorkers: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Job: adt {
	n:	int;
	reply:	chan of (int, int);
};

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	nworkers := 3;
	njobs := 10;
	if(len args >= 3){
		nworkers = int hd tl args;
		njobs = int hd tl tl args;
	}

	jobs := chan of ref Job;
	quit := chan of int;
	gone := chan of (int, int);
	for(i := 0; i < nworkers; i++)
		spawn worker(i, jobs, quit, gone);

	# submit jobs from a helper so main can gather answers concurrently
	answers := chan[njobs] of (int, int);
	spawn submitter(jobs, njobs, answers);

	res := array[njobs] of int;
	for(i = 0; i < njobs; i++){
		(n, r) := <-answers;
		res[n] = r;
	}
	for(i = 0; i < njobs; i++)
		sys->print("collatz steps(%d) = %d\n", i+1, res[i]);

	# shut down: one quit per worker, each acknowledges on 'gone'
	for(i = 0; i < nworkers; i++)
		quit <-= 1;
	total := 0;
	seen := array[nworkers] of {* => 0};
	for(i = 0; i < nworkers; i++){
		(id, cnt) := <-gone;
		seen[id]++;
		total += cnt;
	}
	ok := 1;
	for(i = 0; i < nworkers; i++)
		if(seen[i] != 1)
			ok = 0;
	sys->print("%d workers stopped, each exactly once: %d\n", nworkers, ok);
	sys->print("jobs done across workers: %d\n", total);
}

submitter(jobs: chan of ref Job, n: int, answers: chan of (int, int))
{
	for(i := 0; i < n; i++)
		jobs <-= ref Job(i+1, answers);
}

worker(id: int, jobs: chan of ref Job, quit: chan of int, gone: chan of (int, int))
{
	count := 0;
	for(;;) alt {
	j := <-jobs =>
		j.reply <-= (j.n-1, collatz(j.n));
		count++;
	<-quit =>
		gone <-= (id, count);
		return;
	}
}

collatz(n: int): int
{
	steps := 0;
	while(n != 1){
		if(n & 1)
			n = 3*n + 1;
		else
			n >>= 1;
		steps++;
	}
	return steps;
}
