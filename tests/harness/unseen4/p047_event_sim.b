implement EventSim;

include "sys.m";
	sys: Sys;
include "draw.m";

EventSim: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Event: adt {
	time: int;
	seq: int;
	pick {
	Arrive =>
		cust: int;
		work: int;
	Depart =>
		cust: int;
	Tick =>
	}
};

Heap: adt {
	a: array of ref Event;
	n: int;

	push: fn(h: self ref Heap, e: ref Event);
	pop: fn(h: self ref Heap): ref Event;
};

less(x, y: ref Event): int
{
	if(x.time != y.time)
		return x.time < y.time;
	return x.seq < y.seq;
}

Heap.push(h: self ref Heap, e: ref Event)
{
	if(h.n == len h.a){
		na := array[2 * len h.a] of ref Event;
		na[0:] = h.a;
		h.a = na;
	}
	i := h.n++;
	h.a[i] = e;
	while(i > 0){
		p := (i - 1) / 2;
		if(!less(h.a[i], h.a[p]))
			break;
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
		l := 2*i + 1;
		r := l + 1;
		m := i;
		if(l < h.n && less(h.a[l], h.a[m]))
			m = l;
		if(r < h.n && less(h.a[r], h.a[m]))
			m = r;
		if(m == i)
			break;
		(h.a[i], h.a[m]) = (h.a[m], h.a[i]);
		i = m;
	}
	return top;
}

seq := 0;

mkarrive(t, c, w: int): ref Event
{
	return ref Event.Arrive(t, seq++, c, w);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	h := ref Heap(array[2] of ref Event, 0);
	arrivals := array[] of {(0, 5), (2, 3), (3, 7), (3, 1), (10, 2), (11, 4), (12, 2)};
	for(i := 0; i < len arrivals; i++){
		(t, w) := arrivals[i];
		h.push(mkarrive(t, i + 1, w));
	}
	h.push(ref Event.Tick(10, seq++));
	h.push(ref Event.Tick(20, seq++));
	busyuntil := 0;
	waiting: list of (int, int);
	served := 0;
	totalwait := 0;
	arrivedat := array[len arrivals + 1] of {* => 0};
	while((e := h.pop()) != nil){
		pick ev := e {
		Arrive =>
			arrivedat[ev.cust] = ev.time;
			if(busyuntil <= ev.time && waiting == nil){
				busyuntil = ev.time + ev.work;
				h.push(ref Event.Depart(busyuntil, seq++, ev.cust));
				sys->print("t=%2d cust %d arrives, served at once (work %d)\n", ev.time, ev.cust, ev.work);
			} else {
				# append to queue
				nw: list of (int, int);
				for(q := waiting; q != nil; q = tl q)
					nw = hd q :: nw;
				nw = (ev.cust, ev.work) :: nw;
				waiting = nil;
				for(; nw != nil; nw = tl nw)
					waiting = hd nw :: waiting;
				sys->print("t=%2d cust %d arrives, queue length %d\n", ev.time, ev.cust, len waiting);
			}
		Depart =>
			served++;
			sys->print("t=%2d cust %d departs\n", ev.time, ev.cust);
			if(waiting != nil){
				(c, w) := hd waiting;
				waiting = tl waiting;
				totalwait += ev.time - arrivedat[c];
				busyuntil = ev.time + w;
				h.push(ref Event.Depart(busyuntil, seq++, c));
				sys->print("t=%2d cust %d starts after waiting %d\n", ev.time, c, ev.time - arrivedat[c]);
			}
		Tick =>
			sys->print("t=%2d tick: served %d, waiting %d\n", ev.time, served, len waiting);
		}
	}
	sys->fprint(sys->fildes(2), "served %d total wait %d avg %.2f\n", served, totalwait, real totalwait / real served);
}
