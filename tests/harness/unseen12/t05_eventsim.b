implement EventSim;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

EventSim: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

ARRIVE, DEPART, CLOSE: con iota;
kinds := array[] of {"arrive", "depart", "close"};

Event: adt {
	t:	real;
	seq:	int;
	kind:	int;
	cust:	int;

	before:	fn(a: self ref Event, b: ref Event): int;
};

Event.before(a: self ref Event, b: ref Event): int
{
	if(a.t != b.t)
		return a.t < b.t;
	return a.seq < b.seq;
}

Heap: adt {
	a:	array of ref Event;
	n:	int;

	push:	fn(h: self ref Heap, e: ref Event);
	pop:	fn(h: self ref Heap): ref Event;
};

Heap.push(h: self ref Heap, e: ref Event)
{
	if(h.n == len h.a){
		na := array[2*h.n] of ref Event;
		na[0:] = h.a;
		h.a = na;
	}
	i := h.n++;
	h.a[i] = e;
	while(i > 0 && h.a[i].before(h.a[(i-1)/2])){
		p := (i-1)/2;
		(h.a[i], h.a[p]) = (h.a[p], h.a[i]);
		i = p;
	}
}

Heap.pop(h: self ref Heap): ref Event
{
	if(h.n == 0)
		return nil;
	top := h.a[0];
	h.a[0] = h.a[--h.n];
	h.a[h.n] = nil;
	i := 0;
	for(;;){
		l := 2*i+1;
		if(l >= h.n)
			break;
		if(l+1 < h.n && h.a[l+1].before(h.a[l]))
			l++;
		if(!h.a[l].before(h.a[i]))
			break;
		(h.a[i], h.a[l]) = (h.a[l], h.a[i]);
		i = l;
	}
	return top;
}

# exponential variates from a generator thread (LCG, fixed seed)
rng(pidc: chan of int, out: chan of real)
{
	pidc <-= sys->pctl(0, nil);
	x := big 12345;
	for(;;){
		x = (x * big 1103515245 + big 12345) % big 2147483648;
		u := (real x + 1.0) / 2147483649.0;
		out <-= -math->log(u);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	pidc := chan of int;
	rc := chan of real;
	spawn rng(pidc, rc);
	rngpid := <-pidc;

	h := ref Heap(array[1] of ref Event, 0);
	seq := 0;
	h.push(ref Event(0.0, seq++, ARRIVE, 0));
	h.push(ref Event(40.0, seq++, CLOSE, -1));
	meanarr := 2.0;
	meanserv := 1.5;
	queue: list of (int, real);	# reversed FIFO of (cust, arrival time)
	busy := 0;
	ncust := 0;
	served := 0;
	waitsum := 0.0;
	maxq := 0;
	qlen := 0;
	open := 1;
	nev := 0;
	while((e := h.pop()) != nil){
		nev++;
		if(nev <= 12)
			sys->print("%7.3f %-6s c%d q=%d\n", e.t, kinds[e.kind], e.cust, qlen);
		case e.kind {
		ARRIVE =>
			ncust++;
			if(busy){
				queue = (e.cust, e.t) :: queue;
				if(++qlen > maxq)
					maxq = qlen;
			}else{
				busy = 1;
				h.push(ref Event(e.t + meanserv * <-rc, seq++, DEPART, e.cust));
			}
			if(open)
				h.push(ref Event(e.t + meanarr * <-rc, seq++, ARRIVE, e.cust+1));
		DEPART =>
			served++;
			if(queue == nil){
				busy = 0;
				break;
			}
			# take the oldest: last element of the reversed list
			rev: list of (int, real);
			for(; tl queue != nil; queue = tl queue)
				rev = hd queue :: rev;
			(c, at) := hd queue;
			queue = nil;
			for(; rev != nil; rev = tl rev)
				queue = hd rev :: queue;
			qlen--;
			waitsum += e.t - at;
			h.push(ref Event(e.t + meanserv * <-rc, seq++, DEPART, c));
		CLOSE =>
			open = 0;
			sys->print("-- doors close at %.1f with %d waiting --\n", e.t, qlen);
		}
	}
	sys->fprint(sys->open("/prog/"+string rngpid+"/ctl", Sys->OWRITE), "kill");
	sys->print("events %d, customers %d, served %d, max queue %d\n", nev, ncust, served, maxq);
	sys->print("mean wait %.4f, heap capacity grew to %d\n", waitsum / real served, len h.a);
}
