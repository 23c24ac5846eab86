implement Sieve;

include "sys.m";
	sys: Sys;
include "draw.m";

Sieve: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# the classic concurrent prime sieve, with orderly shutdown
generate(limit: int, out: chan of int)
{
	for(i := 2; i <= limit; i++)
		out <-= i;
	out <-= -1;
}

filter(p: int, in, out: chan of int)
{
	for(;;){
		v := <-in;
		if(v < 0){
			out <-= v;
			return;
		}
		if(v % p != 0)
			out <-= v;
	}
}

primes(limit: int): list of int
{
	c := chan of int;
	spawn generate(limit, c);
	r: list of int;
	for(;;){
		p := <-c;
		if(p < 0)
			break;
		r = p :: r;
		nc := chan of int;
		spawn filter(p, c, nc);
		c = nc;
	}
	l: list of int;
	for(; r != nil; r = tl r)
		l = hd r :: l;
	return l;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := primes(120);
	sys->print("%d primes up to 120\n", len l);
	line := "";
	n := 0;
	for(; l != nil; l = tl l){
		line += sys->sprint("%4d", hd l);
		if(++n % 10 == 0){
			sys->print("%s\n", line);
			line = "";
		}
	}
	if(line != "")
		sys->print("%s\n", line);
	# twin primes via a second run
	prev := -10;
	sys->print("twins:");
	for(l = primes(200); l != nil; l = tl l){
		if(hd l - prev == 2)
			sys->print(" (%d,%d)", prev, hd l);
		prev = hd l;
	}
	sys->print("\n");
}
