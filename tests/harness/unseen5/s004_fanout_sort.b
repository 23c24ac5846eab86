implement FanOut;

include "sys.m";
	sys: Sys;
include "draw.m";

FanOut: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

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

worker(id: int, jobs: chan of int, results: chan of (int, int, int))
{
	for(;;){
		n := <-jobs;
		if(n < 0){
			results <-= (-1, id, 0);
			return;
		}
		results <-= (n, id, collatz(n));
	}
}

sort(a: array of (int, int))
{
	for(i := 1; i < len a; i++){
		x := a[i];
		j := i;
		while(j > 0){
			(pn, ps) := a[j-1];
			(xn, xs) := x;
			if(ps < xs || (ps == xs && pn < xn))
				break;
			a[j] = a[j-1];
			j--;
		}
		a[j] = x;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	nw := 3;
	jobs := chan of int;
	results := chan of (int, int, int);
	for(w := 0; w < nw; w++)
		spawn worker(w, jobs, results);
	inputs := array[] of {27, 7, 97, 1, 6, 31, 12, 19, 25, 41, 9, 54};
	spawn feeder(jobs, inputs, nw);
	out := array[len inputs] of (int, int);
	got := 0;
	stopped := 0;
	while(stopped < nw){
		(n, nil, steps) := <-results;
		if(n < 0){
			stopped++;
			continue;
		}
		out[got++] = (n, steps);
	}
	sort(out);
	for(i := 0; i < len out; i++){
		(n, s) := out[i];
		sys->print("%3d: %3d steps\n", n, s);
	}
	sys->print("workers stopped: %d, results: %d\n", stopped, got);
}

feeder(jobs: chan of int, inputs: array of int, nw: int)
{
	for(i := 0; i < len inputs; i++)
		jobs <-= inputs[i];
	for(i = 0; i < nw; i++)
		jobs <-= -1;
}
