implement AltArray;

include "sys.m";
	sys: Sys;
include "draw.m";

AltArray: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

NSENS: con 5;
NREAD: con 12;
NWORK: con 3;

Stat: adt {
	n:	int;
	sum:	int;
	min, max:	int;
	inorder:	int;
	last:	int;
};

sensor(id: int, c: chan of (int, int))
{
	v := 50 + id * 10;
	for(k := 0; k < NREAD; k++){
		v += ((k * 7 + id * 3) % 11) - 5;
		c <-= (k, v);
	}
	c <-= (-1, 0);
}

# workers accept jobs from whichever channel the dispatcher offers
squarer(id: int, jobs: chan of int, res: chan of (int, int, int))
{
	while((j := <-jobs) >= 0)
		res <-= (j, j*j, id);
	res <-= (-1, 0, id);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	chans := array[NSENS] of chan of (int, int);
	for(i := 0; i < NSENS; i++)
		chans[i] = chan of (int, int);

	# nothing has been spawned yet, so a polling alt falls through
	alt {
	(nil, nil) := <-chans[0] =>
		sys->print("impossible\n");
	* =>
		sys->print("poll before spawn: nothing ready\n");
	}

	for(i = 0; i < NSENS; i++)
		spawn sensor(i, chans[i]);
	stats := array[NSENS] of ref Stat;
	for(i = 0; i < NSENS; i++)
		stats[i] = ref Stat(0, 0, 1000, -1000, 1, -1);
	open := NSENS;
	msgs := 0;
	while(open > 0){
		(idx, r) := <-chans;
		(seq, v) := r;
		msgs++;
		s := stats[idx];
		if(seq < 0){
			open--;
			continue;
		}
		if(seq != s.last + 1)
			s.inorder = 0;
		s.last = seq;
		s.n++;
		s.sum += v;
		if(v < s.min) s.min = v;
		if(v > s.max) s.max = v;
	}
	sys->print("fan-in received %d messages\n", msgs);
	for(i = 0; i < NSENS; i++){
		s := stats[i];
		sys->print("sensor %d: n=%d mean=%.2f range=[%d,%d] ordered=%d\n",
			i, s.n, real s.sum / real s.n, s.min, s.max, s.inorder);
	}

	# fan-out: offer each job on every worker's channel at once
	jobs := array[NWORK] of chan of int;
	res := chan of (int, int, int);
	for(i = 0; i < NWORK; i++){
		jobs[i] = chan of int;
		spawn squarer(i, jobs[i], res);
	}
	spawn dispatch(jobs, 20);
	answers := array[20] of int;
	byworker := array[NWORK] of {* => 0};
	live := NWORK;
	while(live > 0){
		(j, sq, w) := <-res;
		if(j < 0){
			live--;
			continue;
		}
		answers[j] = sq;
		byworker[w]++;
	}
	total := 0;
	for(i = 0; i < NWORK; i++)
		total += byworker[i];
	sys->print("squares:");
	for(i = 0; i < len answers; i++)
		sys->print(" %d", answers[i]);
	sys->print("\njobs handled %d by %d workers\n", total, NWORK);
}

dispatch(jobs: array of chan of int, n: int)
{
	for(j := 0; j < n; j++)
		alt {
		jobs[0] <-= j => ;
		jobs[1] <-= j => ;
		jobs[2] <-= j => ;
		}
	for(i := 0; i < len jobs; i++)
		jobs[i] <-= -1;
}
