#args: 60
implement Pipeline;

include "sys.m";
	sys: Sys;
include "draw.m";

Pipeline: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# a concurrent prime sieve feeding a statistics stage, with a
# done channel so that every stage is shut down in a known order

Msg: adt {
	pick {
	Num =>	n: int;
	End =>
	}
};

Stats: adt {
	count:	int;
	sum:	int;
	maxgap:	int;
	gapat:	int;
	twins:	list of (int, int);
	last:	int;
	add:	fn(s: self ref Stats, p: int);
};

Stats.add(s: self ref Stats, p: int)
{
	s.count++;
	s.sum += p;
	if(s.last != 0){
		g := p - s.last;
		if(g > s.maxgap){
			s.maxgap = g;
			s.gapat = s.last;
		}
		if(g == 2)
			s.twins = (s.last, p) :: s.twins;
	}
	s.last = p;
}

generate(limit: int, out: chan of ref Msg)
{
	for(i := 2; i <= limit; i++)
		out <-= ref Msg.Num(i);
	out <-= ref Msg.End;
}

filter(prime: int, in: chan of ref Msg, out: chan of ref Msg, done: chan of int)
{
	passed := 0;
	for(;;){
		m := <-in;
		pick x := m {
		Num =>
			if(x.n % prime != 0){
				passed++;
				out <-= m;
			}
		End =>
			done <-= prime;	# report before passing End on: fixes the order
			out <-= m;
			return;
		}
	}
}

sieve(in: chan of ref Msg, primes: chan of int, done: chan of int)
{
	nfilters := 0;
	for(;;){
		m := <-in;
		pick x := m {
		Num =>
			primes <-= x.n;
			next := chan of ref Msg;
			spawn filter(x.n, in, next, done);
			nfilters++;
			in = next;
		End =>
			primes <-= -nfilters;
			return;
		}
	}
}

collect(primes: chan of int, result: chan of ref Stats)
{
	s := ref Stats(0, 0, 0, 0, nil, 0);
	for(;;){
		p := <-primes;
		if(p <= 0) break;
		s.add(p);
	}
	result <-= s;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	limit := 100;
	if(tl argv != nil)
		limit = int hd tl argv;
	src := chan of ref Msg;
	primes := chan of int;
	done := chan of int;
	result := chan of ref Stats;
	spawn generate(limit, src);
	spawn sieve(src, primes, done);
	spawn collect(primes, result);
	# filters finish in pipeline order, collect each shutdown
	order := "";
	s: ref Stats;
	nd := 0;
	while(s == nil || nd < s.count){
		alt {
		p := <-done =>
			order += " " + string p;
			nd++;
		s = <-result =>
			;
		}
	}
	sys->print("primes up to %d: %d, sum %d\n", limit, s.count, s.sum);
	sys->print("largest gap %d after %d\n", s.maxgap, s.gapat);
	sys->print("twin pairs:");
	for(t := s.twins; t != nil; t = tl t){
		(a, b) := hd t;
		sys->print(" (%d,%d)", a, b);
	}
	sys->print("\nfilters shut down in order:%s\n", order);
	sys->print("mean prime %.3f\n", real s.sum / real s.count);
}
