#args: 4 1 30
implement WorkPool;

include "sys.m";
	sys: Sys;
include "draw.m";

WorkPool: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Job: adt {
	id:	int;
	n:	int;
	reply:	chan of (int, int, int);	# id, steps, peak
};

collatz(n: int): (int, int)
{
	steps := 0;
	peak := n;
	while(n != 1){
		if(n & 1)
			n = 3*n + 1;
		else
			n /= 2;
		if(n > peak)
			peak = n;
		steps++;
	}
	return (steps, peak);
}

worker(w: int, jobs: chan of ref Job, tally: chan of (int, int))
{
	count := 0;
	while((j := <-jobs) != nil){
		(s, p) := collatz(j.n);
		j.reply <-= (j.id, s, p);
		count++;
	}
	tally <-= (w, count);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	nw := 3;
	lo := 1;
	hi := 20;
	argv = tl argv;
	if(len argv == 3){
		nw = int hd argv;
		lo = int hd tl argv;
		hi = int hd tl tl argv;
	}
	njobs := hi - lo + 1;
	jobs := chan of ref Job;
	tally := chan of (int, int);
	for(w := 0; w < nw; w++)
		spawn worker(w, jobs, tally);

	# one reply channel per job, buffered so workers never wait on us
	replies := array[njobs] of chan of (int, int, int);
	for(i := 0; i < njobs; i++)
		replies[i] = chan[1] of (int, int, int);

	# feed jobs from a separate thread so we can collect in order
	spawn feeder(jobs, replies, lo, nw);

	best := -1;
	bestn := 0;
	sum := 0;
	sys->print("%6s %6s %8s\n", "n", "steps", "peak");
	for(i = 0; i < njobs; i++){
		(id, steps, peak) := <-replies[i];
		if(id != i)
			sys->fprint(sys->fildes(2), "reply mismatch %d != %d\n", id, i);
		sys->print("%6d %6d %8d\n", lo+i, steps, peak);
		sum += steps;
		if(steps > best){
			best = steps;
			bestn = lo+i;
		}
	}
	total := 0;
	for(w = 0; w < nw; w++){
		(nil, c) := <-tally;
		total += c;
	}
	sys->print("jobs=%d handled=%d workers=%d\n", njobs, total, nw);
	sys->print("longest: %d (%d steps), mean %d.%02d\n", bestn, best,
		sum/njobs, (sum*100/njobs)%100);
}

feeder(jobs: chan of ref Job, replies: array of chan of (int, int, int), lo, nw: int)
{
	for(i := 0; i < len replies; i++)
		jobs <-= ref Job(i, lo+i, replies[i]);
	for(w := 0; w < nw; w++)
		jobs <-= nil;
}
