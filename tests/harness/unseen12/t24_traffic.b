implement Traffic;

include "sys.m";
	sys: Sys;
include "draw.m";

Traffic: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# a request to an approach: let cars go (green) or hold them, for ticks [from, from+n)
Phase: adt {
	from, n:	int;
	green:	int;
};

Report: adt {
	passed:	int;
	waiting:	int;
	maxwait:	int;	# longest any car that passed had waited
};

Approach: adt {
	name:	string;
	req:	chan of ref Phase;
	rep:	chan of ref Report;
	total:	int;
};

# arrivals follow a fixed pattern per approach: a car at tick t if (t*a + b) % m < k
approach(a, b, m, k: int, req: chan of ref Phase, rep: chan of ref Report)
{
	q := array[64] of int;	# arrival ticks, circular
	head := 0;
	n := 0;
	while((p := <-req) != nil){
		r := ref Report(0, 0, 0);
		for(t := p.from; t < p.from + p.n; t++){
			if((t*a + b) % m < k){
				q[(head+n) % len q] = t;
				n++;
			}
			# one car crosses per green tick, and only after the first tick
			if(p.green && t > p.from && n > 0){
				w := t - q[head];
				if(w > r.maxwait)
					r.maxwait = w;
				head = (head+1) % len q;
				n--;
				r.passed++;
			}
		}
		r.waiting = n;
		rep <-= r;
	}
}

ask(ap: ref Approach, p: ref Phase): ref Report
{
	ap.req <-= p;
	r := <-ap.rep;
	ap.total += r.passed;
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ns := ref Approach("N-S", chan of ref Phase, chan of ref Report, 0);
	ew := ref Approach("E-W", chan of ref Phase, chan of ref Report, 0);
	spawn approach(7, 3, 10, 6, ns.req, ns.rep);	# busy road
	spawn approach(3, 1, 10, 3, ew.req, ew.rep);	# side road
	aps := array[] of {ns, ew};

	t := 0;
	queued := array[2] of {* => 0};
	worst := 0;
	cycle := 0;
	for(cycle = 0; t < 80; cycle++){
		for(g := 0; g < 2; g++){
			green := aps[g];
			red := aps[1-g];
			# actuated: green time grows with the queue, between 3 and 9 ticks
			d := 3 + queued[g];
			if(d > 9)
				d = 9;
			rg := ask(green, ref Phase(t, d, 1));
			rr := ask(red, ref Phase(t, d, 0));
			queued[g] = rg.waiting;
			queued[1-g] = rr.waiting;
			if(rg.maxwait > worst)
				worst = rg.maxwait;
			sys->print("t=%2d..%2d  %s green: %d passed (max wait %d), left %d; %s holds %d\n",
				t, t+d-1, green.name, rg.passed, rg.maxwait, rg.waiting, red.name, rr.waiting);
			t += d;
			# one all-red tick between phases
			r0 := ask(aps[0], ref Phase(t, 1, 0));
			r1 := ask(aps[1], ref Phase(t, 1, 0));
			queued[0] = r0.waiting;
			queued[1] = r1.waiting;
			t++;
		}
	}
	sys->print("%d cycles in %d ticks; %s moved %d cars, %s moved %d; worst wait %d\n",
		cycle, t, ns.name, ns.total, ew.name, ew.total, worst);
	sys->print("still queued: %s %d, %s %d\n", ns.name, queued[0], ew.name, queued[1]);
	ns.req <-= nil;
	ew.req <-= nil;
}
