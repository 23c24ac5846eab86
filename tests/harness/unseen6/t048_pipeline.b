implement Pipeline;

include "sys.m";
	sys: Sys;
include "draw.m";

Pipeline: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

generate(out: chan of int, n: int)
{
	for(i := 2; i <= n; i++)
		out <-= i;
	out <-= -1;
}

filter(prime: int, in, out: chan of int)
{
	for(;;){
		v := <-in;
		if(v < 0){
			out <-= v;
			return;
		}
		if(v % prime != 0)
			out <-= v;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	spawn generate(c, 50);
	primes := "";
	for(;;){
		p := <-c;
		if(p < 0)
			break;
		primes += sys->sprint(" %d", p);
		nc := chan of int;
		spawn filter(p, c, nc);
		c = nc;
	}
	done := chan of int;
	done <-= "finished";
	sys->print("primes:%s\n", primes);
}
