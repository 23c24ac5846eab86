#args: 3 6
implement Checkout;

include "sys.m";
	sys: Sys;
include "draw.m";

Checkout: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Cust: adt {
	id:	int;
	items:	int;
	arrived:	int;
};

Lane: adt {
	pick {
	Join =>
		c:	ref Cust;
	Tick =>
		now:	int;
	}
};

Status: adt {
	lane:	int;
	queued:	int;
	work:	int;	# items still to scan in the lane
	finished:	ref Cust;
	waited:	int;
};

cashier(id, speed: int, in: chan of ref Lane, out: chan of ref Status)
{
	q: list of ref Cust;	# head is being served
	left := 0;
	served := 0;
	while((m := <-in) != nil) pick l := m {
	Join =>
		q = append(q, l.c);
		if(tl q == nil)
			left = l.c.items;
	Tick =>
		st := ref Status(id, len q, 0, nil, 0);
		if(q != nil){
			left -= speed;
			if(left <= 0){
				st.finished = hd q;
				st.waited = l.now - (hd q).arrived;
				served++;
				q = tl q;
				if(q != nil)
					left = (hd q).items;
			}
		}
		st.queued = len q;
		for(r := q; r != nil; r = tl r)
			st.work += (hd r).items;
		if(q != nil)
			st.work += left - (hd q).items;
		out <-= st;
	}
}

append(l: list of ref Cust, c: ref Cust): list of ref Cust
{
	if(l == nil)
		return c :: nil;
	return hd l :: append(tl l, c);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	nlanes := int hd tl argv;
	limit := int hd tl tl argv;
	lanes := array[nlanes] of chan of ref Lane;
	outs := array[nlanes] of chan of ref Status;
	for(i := 0; i < nlanes; i++){
		lanes[i] = chan of ref Lane;
		outs[i] = chan of ref Status;
		spawn cashier(i, 3 + i % 2, lanes[i], outs[i]);
	}
	work := array[nlanes] of {* => 0};
	maxq := array[nlanes] of {* => 0};
	qlen := array[nlanes] of {* => 0};
	seed := 99;
	id := 0;
	served := 0;
	totalwait := 0;
	for(t := 0; t < 40; t++){
		# a rush hour between t=10 and t=20
		arrivals := 1;
		if(t >= 10 && t < 20)
			arrivals = 2;
		if(t >= 30)
			arrivals = 0;
		for(k := 0; k < arrivals; k++){
			seed = (seed * 75 + 74) % 65537;
			c := ref Cust(id++, 2 + seed % 17, t);
			best := 0;
			for(i = 1; i < nlanes; i++)
				if(work[i] < work[best])
					best = i;
			lanes[best] <-= ref Lane.Join(c);
			work[best] += c.items;
			qlen[best]++;
		}
		line := sys->sprint("t=%2d", t);
		for(i = 0; i < nlanes; i++){
			lanes[i] <-= ref Lane.Tick(t);
			st := <-outs[i];
			work[i] = st.work;
			qlen[i] = st.queued;
			if(qlen[i] > maxq[i])
				maxq[i] = qlen[i];
			mark := " ";
			if(st.finished != nil){
				served++;
				totalwait += st.waited;
				mark = "*";
			}
			line += sys->sprint("  L%d:%-2d%s", i, st.queued, mark);
		}
		if(t % 4 == 0 || t >= 36)
			sys->print("%s\n", line);
	}
	for(i = 0; i < nlanes; i++)
		lanes[i] <-= nil;
	sys->print("%d customers arrived, %d served, mean time in store %.2f\n",
		id, served, real totalwait / real served);
	for(i = 0; i < nlanes; i++){
		sys->print("lane %d: longest queue %d\n", i, maxq[i]);
		if(maxq[i] > limit)
			raise sys->sprint("fail:lane %d queue reached %d (limit %d)", i, maxq[i], limit);
	}
	sys->print("all lanes within limit\n");
}
