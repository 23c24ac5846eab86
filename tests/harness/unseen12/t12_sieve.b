#args: 150
implement Sieve;

include "sys.m";
	sys: Sys;
include "draw.m";

Sieve: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Stat: adt {
	prime:	int;
	seen:	int;
	dropped:	int;
};

generate(limit: int, out: chan of int)
{
	for(i := 2; i <= limit; i++)
		out <-= i;
	out <-= 0;	# end of stream
}

filter(p: int, in, out: chan of int, stats: chan of ref Stat)
{
	st := ref Stat(p, 0, 0);
	for(;;){
		n := <-in;
		if(n == 0)
			break;
		st.seen++;
		if(n % p == 0)
			st.dropped++;
		else
			out <-= n;
	}
	# report before passing the sentinel on, so reports arrive in pipeline order
	stats <-= st;
	out <-= 0;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	limit := 100;
	if(tl argv != nil)
		limit = int hd tl argv;
	if(limit < 2){
		sys->fprint(sys->fildes(2), "sieve: limit must be >= 2\n");
		raise "fail:usage";
	}
	stats := chan[limit] of ref Stat;
	c := chan of int;
	spawn generate(limit, c);
	primes: list of int;
	np := 0;
	for(;;){
		p := <-c;
		if(p == 0)
			break;
		primes = p :: primes;
		np++;
		nc := chan of int;
		spawn filter(p, c, nc, stats);
		c = nc;
	}
	# list is reversed; put it in an array the right way round
	pa := array[np] of int;
	for(i := np-1; primes != nil; primes = tl primes)
		pa[i--] = hd primes;
	sys->print("%d primes up to %d:\n", np, limit);
	for(i = 0; i < np; i++){
		sys->print("%5d", pa[i]);
		if(i % 10 == 9 || i == np-1)
			sys->print("\n");
	}

	# twin primes and largest gap
	twins := 0;
	gap := 0;
	gapat := 0;
	for(i = 1; i < np; i++){
		d := pa[i] - pa[i-1];
		if(d == 2)
			twins++;
		if(d > gap){
			gap = d;
			gapat = pa[i-1];
		}
	}
	sys->print("twin pairs %d, largest gap %d after %d\n", twins, gap, gapat);

	sys->print("filter stages (in pipeline order), first 6:\n");
	busiest, last: ref Stat;
	for(i = 0; i < np; i++){
		s := <-stats;
		if(i < 6)
			sys->print("  %3d saw %3d dropped %3d\n", s.prime, s.seen, s.dropped);
		if(busiest == nil || s.seen > busiest.seen)
			busiest = s;
		last = s;
	}
	sys->print("busiest filter %d; last filter %d saw %d\n", busiest.prime, last.prime, last.seen);
}
