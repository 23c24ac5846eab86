implement PrimeSieve;

include "sys.m";
	sys: Sys;
include "draw.m";

PrimeSieve: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# the classic concurrent prime sieve: a generator feeding a chain of filters

generate(out: chan of int, limit: int)
{
	for(i := 2; i <= limit; i++)
		out <-= i;
	out <-= -1;		# end marker
}

filter(p: int, in: chan of int, out: chan of int, stats: chan of (int, int))
{
	dropped := 0;
	for(;;){
		n := <-in;
		if(n < 0){
			out <-= n;
			stats <-= (p, dropped);
			return;
		}
		if(n % p != 0)
			out <-= n;
		else
			dropped++;
	}
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	limit := 120;
	if(len argv > 1)
		limit = int hd tl argv;
	src := chan of int;
	stats := chan of (int, int);
	spawn generate(src, limit);
	ch := src;
	primes: list of int;
	nf := 0;
	for(;;){
		p := <-ch;
		if(p < 0)
			break;
		primes = p :: primes;
		next := chan of int;
		spawn filter(p, ch, next, stats);
		nf++;
		ch = next;
	}
	# reports may arrive in any order; slot them by prime before printing
	removed := array[limit+1] of {* => 0};
	total := 0;
	for(i := 0; i < nf; i++){
		(p, d) := <-stats;
		removed[p] = d;
		total += d;
	}
	for(i = 2; i <= limit; i++)
		if(removed[i] > 0)
			sys->print("filter %3d removed %d\n", i, removed[i]);
	rev: list of int;
	for(; primes != nil; primes = tl primes)
		rev = hd primes :: rev;
	s := "";
	c := 0;
	for(; rev != nil; rev = tl rev){
		s += sys->sprint("%4d", hd rev);
		if(++c % 10 == 0){
			sys->print("%s\n", s);
			s = "";
		}
	}
	if(s != "")
		sys->print("%s\n", s);
	sys->print("%d primes <= %d, %d composites removed\n", nf, limit, total);
}
