implement SpawnPipe;

include "sys.m";
	sys: Sys;
include "draw.m";

SpawnPipe: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

gen(out: chan of int, n: int)
{
	for(i := 2; i <= n; i++)
		out <-= i;
	out <-= 0;
}

filter(p: int, in, out: chan of int)
{
	for(;;){
		v := <-in;
		if(v == 0){
			out <-= 0;
			return;
		}
		if(v % p != 0)
			out <-= v;
	}
}

sieve(n: int, res: chan of int)
{
	c := chan of int;
	spawn gen(c, n);
	for(;;){
		p := <-c;
		res <-= p;
		if(p == 0)
			return;
		nc := chan of int;
		spawn filter(p, c, nc);
		c = nc;
	}
}

worker(id: int, jobs: chan of int, results: chan of (int, int, int))
{
	for(;;){
		j := <-jobs;
		if(j < 0)
			break;
		results <-= (id, j, j * j);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	res := chan of int;
	spawn sieve(50, res);
	s := "primes:";
	for(;;){
		p := <-res;
		if(p == 0)
			break;
		s += " " + string p;
	}
	sys->print("%s\n", s);
	jobs := chan of int;
	results := chan of (int, int, int);
	spawn worker(1, jobs, results);
	sum := 0;
	for(j := 1; j <= 5; j++){
		jobs <-= j;
		(nil, x, sq) := <-results;
		sys->print("job %d -> %d\n", x, sq);
		sum += sq;
	}
	jobs <-= -1;
	sys->print("sum of squares %d\n", sum);
}
