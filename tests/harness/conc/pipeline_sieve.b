implement PipelineSieve;

# A prime sieve as a growing pipeline of filter threads; a stop value (-1)
# flows down the chain so that every filter ends.

include "sys.m";
	sys: Sys;
include "draw.m";

PipelineSieve: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

gen(max: int, out: chan of int)
{
	for(i := 2; i <= max; i++)
		out <-= i;
	out <-= -1;
}

filter(p: int, in, out: chan of int)
{
	dropped := 0;
	for(;;){
		v := <-in;
		if(v < 0){
			out <-= -1 - dropped;
			return;
		}
		if(v % p)
			out <-= v;
		else
			dropped++;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	spawn gen(200, c);
	primes := "";
	n := 0;
	for(;;){
		p := <-c;
		if(p < 0)
			break;
		primes += " " + string p;
		n++;
		nc := chan of int;
		spawn filter(p, c, nc);
		c = nc;
	}
	sys->print("%d primes:%s\n", n, primes);

	# buffered stages give the same answer
	c = chan[3] of int;
	spawn gen(100, c);
	s := "";
	for(;;){
		p := <-c;
		if(p < 0)
			break;
		s += " " + string p;
		nc := chan[2] of int;
		spawn filter(p, c, nc);
		c = nc;
	}
	sys->print("buffered:%s\n", s);
}
