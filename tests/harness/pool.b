implement T11;

include "sys.m";
	sys: Sys;
include "draw.m";

T11: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

NW: con 4;

Job: adt {
	id:	int;
	n:	int;
};

Result: adt {
	id:	int;
	worker:	int;
	value:	big;
	err:	string;
};

collatz(n: int): int
{
	if(n <= 0)
		raise "bad input " + string n;
	steps := 0;
	while(n != 1){
		if(n % 2 == 0)
			n /= 2;
		else
			n = 3 * n + 1;
		steps++;
	}
	return steps;
}

worker(w: int, jobs: chan of ref Job, results: chan of ref Result, done: chan of (int, int))
{
	count := 0;
	for(;;){
		j := <-jobs;
		if(j == nil)
			break;
		r := ref Result(j.id, w, big 0, nil);
		{
			r.value = big collatz(j.n) * big 1000000000000 + big j.n;
		} exception e {
		"bad input*" =>
			r.err = e;
		}
		results <-= r;
		count++;
	}
	done <-= (w, count);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inputs := array[] of {27, 97, 1, 0, 871, 6171, 7, -5, 77031, 9};
	jobs := chan of ref Job;
	results := chan[len inputs] of ref Result;
	done := chan of (int, int);
	for(w := 0; w < NW; w++)
		spawn worker(w, jobs, results, done);
	for(i := 0; i < len inputs; i++)
		jobs <-= ref Job(i, inputs[i]);
	for(w = 0; w < NW; w++)
		jobs <-= nil;
	total := 0;
	for(w = 0; w < NW; w++){
		(nil, c) := <-done;
		total += c;
	}
	sys->print("jobs done %d\n", total);
	res := array[len inputs] of ref Result;
	for(i = 0; i < len inputs; i++)
		res[i] = <-results;
	# sort by value descending, errors last, using selection sort
	for(i = 0; i < len res; i++){
		best := i;
		for(j := i + 1; j < len res; j++){
			if(res[best].err != nil && res[j].err == nil)
				best = j;
			else if((res[best].err == nil) == (res[j].err == nil) && res[j].value > res[best].value)
				best = j;
		}
		(res[i], res[best]) = (res[best], res[i]);
	}
	for(i = 0; i < len res; i++){
		r := res[i];
		if(r.err != nil)
			sys->print("job %d: error %q\n", r.id, r.err);
		else
			sys->print("job %d: n=%bd steps=%bd\n", r.id, r.value % big 1000000000000, r.value / big 1000000000000);
	}
}
