implement Queuesim;

include "sys.m";
	sys: Sys;
include "draw.m";

Queuesim: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Lcg: adt {
	state:	int;

	next:	fn(g: self ref Lcg): int;
	uniform:	fn(g: self ref Lcg, lo, hi: int): int;
};

Lcg.next(g: self ref Lcg): int
{
	# Park-Miller minimal standard, via Schrage to avoid overflow
	q := 127773;
	r := 2836;
	hi := g.state / q;
	lo := g.state % q;
	t := 16807*lo - r*hi;
	if(t <= 0)
		t += 16r7FFFFFFF;
	g.state = t;
	return t;
}

Lcg.uniform(g: self ref Lcg, lo, hi: int): int
{
	return lo + g.next() % (hi - lo + 1);
}

Customer: adt {
	id:	int;
	arrive:	int;
	service:	int;
	start:	int;
	teller:	int;
};

Result: adt {
	served:	int;
	avgwait:	real;
	maxwait:	int;
	maxqueue:	int;
	busy:	array of int;
	end:	int;
};

simulate(seed, ncust, ntellers: int, verbose: int): Result
{
	g := ref Lcg(seed);
	cs := array[ncust] of ref Customer;
	t := 0;
	for(i := 0; i < ncust; i++){
		t += g.uniform(0, 6);		# minutes between arrivals
		cs[i] = ref Customer(i+1, t, g.uniform(2, 12), -1, -1);
	}
	free := array[ntellers] of {* => 0};	# time each teller is next free
	busy := array[ntellers] of {* => 0};
	totwait := 0;
	maxwait := 0;
	maxq := 0;
	for(i = 0; i < ncust; i++){
		c := cs[i];
		# pick the teller that frees up first (lowest index on ties)
		best := 0;
		for(k := 1; k < ntellers; k++)
			if(free[k] < free[best])
				best = k;
		c.start = free[best];
		if(c.start < c.arrive)
			c.start = c.arrive;
		c.teller = best;
		free[best] = c.start + c.service;
		busy[best] += c.service;
		w := c.start - c.arrive;
		totwait += w;
		if(w > maxwait)
			maxwait = w;
		# queue length seen on arrival: earlier customers still waiting
		q := 0;
		for(j := 0; j < i; j++)
			if(cs[j].arrive <= c.arrive && cs[j].start > c.arrive)
				q++;
		if(q > maxq)
			maxq = q;
		if(verbose)
			sys->print("  #%-3d arrive %3d  teller %d  start %3d  service %2d  wait %2d  queue %d\n",
				c.id, c.arrive, best+1, c.start, c.service, w, q);
	}
	end := 0;
	for(k := 0; k < ntellers; k++)
		if(free[k] > end)
			end = free[k];
	return Result(ncust, real totwait/real ncust, maxwait, maxq, busy, end);
}

report(r: Result)
{
	sys->print("  served %d, closing time %d min, avg wait %.2f, max wait %d, max queue %d\n",
		r.served, r.end, r.avgwait, r.maxwait, r.maxqueue);
	sys->print("  utilisation:");
	for(k := 0; k < len r.busy; k++)
		sys->print(" T%d %.0f%%", k+1, 100.0*real r.busy[k]/real r.end);
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	g := ref Lcg(1);
	sys->print("lcg check:");
	for(i := 0; i < 4; i++)
		sys->print(" %d", g.next());
	sys->print("\n");

	sys->print("\nsmall run, 2 tellers:\n");
	report(simulate(2024, 12, 2, 1));

	sys->print("\nstaffing study, 200 customers, 3 seeds each:\n");
	sys->print("  %7s %10s %10s %9s\n", "tellers", "avg wait", "max wait", "max queue");
	seeds := array[] of {17, 4242, 99991};
	for(n := 1; n <= 4; n++){
		aw := 0.0;
		mw := 0;
		mq := 0;
		for(s := 0; s < len seeds; s++){
			r := simulate(seeds[s], 200, n, 0);
			aw += r.avgwait;
			if(r.maxwait > mw)
				mw = r.maxwait;
			if(r.maxqueue > mq)
				mq = r.maxqueue;
		}
		sys->print("  %7d %10.2f %10d %9d\n", n, aw/real len seeds, mw, mq);
	}
}
