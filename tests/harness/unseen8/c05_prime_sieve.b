#args: 60
implement PrimeSieve;

include "sys.m";
	sys: Sys;
include "draw.m";

PrimeSieve: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

generate(limit: int, out: chan of int)
{
	for(i := 2; i <= limit; i++)
		out <-= i;
	out <-= 0;
}

filter(p: int, in, out: chan of int)
{
	for(;;) {
		n := <-in;
		if(n == 0) {
			out <-= 0;
			return;
		}
		if(n % p != 0)
			out <-= n;
	}
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	limit := 50;
	if(args != nil && tl args != nil)
		limit = int hd tl args;
	c := chan of int;
	spawn generate(limit, c);
	count := 0;
	line := "";
	for(;;) {
		p := <-c;
		if(p == 0)
			break;
		count++;
		line += sys->sprint(" %d", p);
		nc := chan of int;
		spawn filter(p, c, nc);
		c = nc;
	}
	sys->print("primes up to %d:%s\n", limit, line);
	sys->print("%d primes, %d filter stages\n", count, count);
}
