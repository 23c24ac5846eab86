implement Sieve;
#timeout: 5

include "sys.m";
	sys: Sys;
include "draw.m";

Sieve: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

counter(c: chan of int)
{
	for(i := 2; ; i++)
		c <-= i;
}

filter(prime: int, listen, send: chan of int)
{
	for(;;){
		i := <-listen;
		if(i % prime)
			send <-= i;
	}
}

sieve(prime: chan of int, n: int)
{
	c := chan of int;
	spawn counter(c);
	for(k := 0; k < n; k++){
		p := <-c;
		prime <-= p;
		newc := chan of int;
		spawn filter(p, c, newc);
		c = newc;
	}
	prime <-= -1;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	n := 100;
	prime := chan of int;
	spawn sieve(prime, n);
	count := 0;
	last := 0;
	line := "";
	for(;;){
		p := <-prime;
		if(p < 0)
			break;
		count++;
		last = p;
		if(count <= 25)
			line += " " + string p;
	}
	sys->print("first 25:%s\n", line);
	sys->print("%d primes, last %d\n", count, last);
}
