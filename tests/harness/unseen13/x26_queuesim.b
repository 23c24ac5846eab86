#args: 3 42
implement QueueSim;

include "sys.m";
	sys: Sys;
include "draw.m";

QueueSim: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

ARRIVE, DEPART: con iota;

Lcg: adt {
	x:	int;
	next:	fn(r: self ref Lcg): int;
	range:	fn(r: self ref Lcg, lo, hi: int): int;
};

Ev: adt {
	t:	int;
	kind:	int;
	cust:	int;
	teller:	int;
};

Agenda: adt {
	evs:	array of Ev;
	n:	int;
	seq:	int;
	add:	fn(a: self ref Agenda, e: Ev);
	next:	fn(a: self ref Agenda): Ev;
};

Customer: adt {
	id:	int;
	arrive:	int;
	service:	int;
	start:	int;
};

Bank: adt {
	tellers:	array of int;	# customer id or -1
	busy:	array of int;	# total busy time
	line:	list of ref Customer;
	custs:	array of ref Customer;
	maxline:	int;
	free:	fn(b: self ref Bank): int;
	enqueue:	fn(b: self ref Bank, c: ref Customer);
	dequeue:	fn(b: self ref Bank): ref Customer;
};

Lcg.next(r: self ref Lcg): int
{
	r.x = (r.x * 1664525 + 1013904223) & 16r7FFFFFFF;
	return r.x >> 7;
}

Lcg.range(r: self ref Lcg, lo, hi: int): int
{
	return lo + r.next() % (hi - lo + 1);
}

# keep events sorted by time, FIFO among equal times
Agenda.add(a: self ref Agenda, e: Ev)
{
	i := a.n++;
	while(i > 0 && a.evs[i-1].t > e.t){
		a.evs[i] = a.evs[i-1];
		i--;
	}
	a.evs[i] = e;
}

Agenda.next(a: self ref Agenda): Ev
{
	e := a.evs[0];
	a.evs[0:] = a.evs[1:a.n];
	a.n--;
	return e;
}

Bank.free(b: self ref Bank): int
{
	for(i := 0; i < len b.tellers; i++)
		if(b.tellers[i] < 0) return i;
	return -1;
}

Bank.enqueue(b: self ref Bank, c: ref Customer)
{
	l: list of ref Customer;
	for(q := b.line; q != nil; q = tl q)
		l = hd q :: l;
	l = c :: l;
	b.line = nil;
	n := 0;
	for(; l != nil; l = tl l){
		b.line = hd l :: b.line;
		n++;
	}
	if(n > b.maxline)
		b.maxline = n;
}

Bank.dequeue(b: self ref Bank): ref Customer
{
	c := hd b.line;
	b.line = tl b.line;
	return c;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	ntell := 2;
	seed := 1;
	if(len argv >= 3)
		(ntell, seed) = (int hd tl argv, int hd tl tl argv);
	NCUST: con 20;
	for(nt := 1; nt <= ntell; nt++){
		rng := ref Lcg(seed);
		ag := ref Agenda(array[NCUST*2] of Ev, 0, 0);
		b := ref Bank(array[nt] of {* => -1}, array[nt] of {* => 0}, nil, array[NCUST] of ref Customer, 0);
		t := 0;
		for(i := 0; i < NCUST; i++){
			t += rng.range(1, 6);
			b.custs[i] = ref Customer(i, t, rng.range(3, 12), 0);
			ag.add(Ev(t, ARRIVE, i, -1));
		}
		totalwait := maxwait := now := 0;
		while(ag.n > 0){
			e := ag.next();
			now = e.t;
			case e.kind {
			ARRIVE =>
				b.enqueue(b.custs[e.cust]);
			DEPART =>
				b.tellers[e.teller] = -1;
				if(nt == ntell && e.cust < 4)
					sys->print("  t=%3d customer %d leaves teller %d\n", now, e.cust, e.teller);
			}
			for(k := b.free(); k >= 0 && b.line != nil; k = b.free()){
				c := b.dequeue();
				c.start = now;
				w := now - c.arrive;
				totalwait += w;
				if(w > maxwait)
					maxwait = w;
				b.tellers[k] = c.id;
				b.busy[k] += c.service;
				ag.add(Ev(now + c.service, DEPART, c.id, k));
			}
		}
		sys->print("%d teller(s): done at t=%d, mean wait %.2f, max wait %d, longest line %d\n",
			nt, now, real totalwait / real NCUST, maxwait, b.maxline);
		for(k := 0; k < nt; k++)
			sys->print("   teller %d utilisation %.1f%%\n", k, 100.0 * real b.busy[k] / real now);
	}
}
