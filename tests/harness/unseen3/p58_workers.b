implement P58;
include "sys.m";
	sys: Sys;
include "draw.m";
P58: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Job: adt {
	id: int;
	n: int;
};

Result: adt {
	id: int;
	val: big;
	worker: int;
};

worker(wid: int, jobs: chan of ref Job, results: chan of ref Result)
{
	for(;;){
		j := <-jobs;
		if(j == nil)
			break;
		v := big 0;
		for(i := 1; i <= j.n; i++)
			v += big i * big i;
		results <-= ref Result(j.id, v, wid);
	}
	results <-= nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	NW: con 4;
	NJ: con 20;
	jobs := chan of ref Job;
	results := chan[NJ] of ref Result;
	for(w := 0; w < NW; w++)
		spawn worker(w, jobs, results);
	spawn feeder(jobs, NJ, NW);
	out := array[NJ] of big;
	busy := array[NW] of {* => 0};
	done := 0;
	while(done < NW){
		r := <-results;
		if(r == nil){
			done++;
			continue;
		}
		out[r.id] = r.val;
		busy[r.worker]++;
	}
	tot := 0;
	for(w = 0; w < NW; w++)
		tot += busy[w];
	for(i := 0; i < NJ; i++)
		sys->print("job %d -> %bd\n", i, out[i]);
	sys->print("total jobs %d\n", tot);
}

feeder(jobs: chan of ref Job, n, nw: int)
{
	for(i := 0; i < n; i++)
		jobs <-= ref Job(i, i * 100);
	for(i = 0; i < nw; i++)
		jobs <-= nil;
}
