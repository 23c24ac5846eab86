implement Sieve;

include "sys.m";
	sys: Sys;
include "draw.m";

Sieve: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

counter(out: chan of int, limit: int)
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

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	spawn counter(c, 120);
	primes: list of int;
	n := 0;
	for(;;){
		p := <-c;
		if(p < 0)
			break;
		primes = p :: primes;
		n++;
		nc := chan of int;
		spawn filter(p, c, nc);
		c = nc;
	}
	sys->print("%d primes up to 120\n", n);
	line := "";
	rev: list of int;
	for(; primes != nil; primes = tl primes)
		rev = hd primes :: rev;
	k := 0;
	for(; rev != nil; rev = tl rev){
		line += sys->sprint("%4d", hd rev);
		if(++k % 10 == 0){
			sys->print("%s\n", line);
			line = "";
		}
	}
	if(line != nil)
		sys->print("%s\n", line);
}
