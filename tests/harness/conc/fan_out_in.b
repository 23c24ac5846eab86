implement FanOutIn;

# Fan-out: one job channel per worker; fan-in: one result channel per
# worker, read in worker order, then one shared result channel whose
# arrival order is fixed by the handoffs.

include "sys.m";
	sys: Sys;
include "draw.m";

FanOutIn: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

worker(id: int, jobs: chan of int, res: chan of (int, int, int))
{
	while((j := <-jobs) >= 0)
		res <-= (id, j, j*j + id);
	res <-= (id, -1, 0);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	N: con 4;
	jobs := array[N] of chan of int;
	res := array[N] of chan of (int, int, int);
	for(i := 0; i < N; i++){
		jobs[i] = chan of int;
		res[i] = chan of (int, int, int);
		spawn worker(i, jobs[i], res[i]);
	}
	for(j := 0; j < 12; j++){
		w := j % N;
		jobs[w] <-= j;
		(id, jj, r) := <-res[w];
		sys->print("w%d job %d -> %d\n", id, jj, r);
	}
	for(i = 0; i < N; i++){
		jobs[i] <-= -1;
		(id, jj, nil) := <-res[i];
		sys->print("w%d stopped %d\n", id, jj);
	}

	# shared channels: every worker reads the same job channel
	shared := chan of int;
	out := chan of (int, int, int);
	for(i = 0; i < N; i++)
		spawn worker(i, shared, out);
	spawn feeder(shared, 10, N);
	stopped := 0;
	total := 0;
	order := "";
	while(stopped < N){
		(id, jj, r) := <-out;
		if(jj < 0)
			stopped++;
		else
			total += r;
		order += sys->sprint(" %d:%d", id, jj);
	}
	sys->print("shared total %d\n", total);
	sys->print("arrivals%s\n", order);
}

feeder(c: chan of int, n, stops: int)
{
	for(i := 0; i < n; i++)
		c <-= i;
	for(i = 0; i < stops; i++)
		c <-= -1;
}
