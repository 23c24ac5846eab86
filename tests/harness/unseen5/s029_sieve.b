implement Sieve;

include "sys.m";
	sys: Sys;
include "draw.m";

Sieve: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

sieve(n: int): array of byte
{
	comp := array[n+1] of {* => byte 0};
	comp[0] = comp[1] = byte 1;
	for(i := 2; i*i <= n; i++)
		if(comp[i] == byte 0)
			for(j := i*i; j <= n; j += i)
				comp[j] = byte 1;
	return comp;
}

# concurrent prime sieve: a chain of filter threads
gen(out: chan of int, limit: int)
{
	for(i := 2; i <= limit; i++)
		out <-= i;
	out <-= 0;
}

filter(p: int, in, out: chan of int)
{
	for(;;){
		v := <-in;
		if(v == 0 || v % p != 0)
			out <-= v;
		if(v == 0)
			return;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	N := 10000;
	c := sieve(N);
	count := 0;
	last := 0;
	twins := 0;
	for(i := 2; i <= N; i++)
		if(c[i] == byte 0){
			count++;
			if(last != 0 && i - last == 2)
				twins++;
			last = i;
		}
	sys->print("primes below %d: %d, largest %d, twin pairs %d\n", N, count, last, twins);
	decades := array[10] of {* => 0};
	for(i = 2; i < 1000; i++)
		if(c[i] == byte 0)
			decades[i/100]++;
	for(i = 0; i < 10; i++)
		sys->print("  %3d-%3d: %d\n", i*100, i*100+99, decades[i]);
	# Goldbach for a few evens
	for(e := 100; e <= 110; e += 2){
		for(p := 2; p <= e/2; p++)
			if(c[p] == byte 0 && c[e-p] == byte 0){
				sys->print("%d = %d + %d\n", e, p, e-p);
				break;
			}
	}
	ch := chan of int;
	spawn gen(ch, 60);
	s := "";
	for(;;){
		p := <-ch;
		if(p == 0)
			break;
		s += sys->sprint(" %d", p);
		nc := chan of int;
		spawn filter(p, ch, nc);
		ch = nc;
	}
	sys->print("threaded sieve:%s\n", s);
}
