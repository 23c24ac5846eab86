implement EventSim;

include "sys.m";
	sys: Sys;
include "draw.m";

EventSim: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# a binary min-heap for any type that can compare itself
Heap: adt[T]
	for {
	T =>
		lt:	fn(a, b: T): int;
	}
{
	a:	array of T;
	n:	int;

	new:	fn(): ref Heap[T];
	push:	fn(h: self ref Heap[T], x: T);
	pop:	fn(h: self ref Heap[T]): T;
};

Heap[T].new(): ref Heap[T]
{
	return ref Heap[T](array[4] of T, 0);
}

Heap[T].push(h: self ref Heap[T], x: T)
{
	if(h.n == len h.a){
		na := array[2 * h.n] of T;
		na[0:] = h.a;
		h.a = na;
	}
	i := h.n++;
	h.a[i] = x;
	while(i > 0 && T.lt(h.a[i], h.a[(i-1)/2])){
		(h.a[i], h.a[(i-1)/2]) = (h.a[(i-1)/2], h.a[i]);
		i = (i-1)/2;
	}
}

Heap[T].pop(h: self ref Heap[T]): T
{
	top := h.a[0];
	h.a[0] = h.a[--h.n];
	i := 0;
	for(;;){
		m := i;
		l := 2*i + 1;
		r := l + 1;
		if(l < h.n && T.lt(h.a[l], h.a[m]))
			m = l;
		if(r < h.n && T.lt(h.a[r], h.a[m]))
			m = r;
		if(m == i)
			break;
		(h.a[i], h.a[m]) = (h.a[m], h.a[i]);
		i = m;
	}
	return top;
}

Event: adt {
	time:	int;
	seq:	int;	# tie breaker keeps the order deterministic
	kind:	int;
	cust:	int;

	lt:	fn(a, b: ref Event): int;
};
Arrive, Finish: con iota;

Event.lt(a, b: ref Event): int
{
	if(a.time != b.time)
		return a.time < b.time;
	return a.seq < b.seq;
}

# generic insertion sort used for the report
sort[T](a: array of T)
	for { T => lt: fn(a, b: T): int; }
{
	for(i := 1; i < len a; i++){
		x := a[i];
		for(j := i; j > 0 && T.lt(x, a[j-1]); j--)
			a[j] = a[j-1];
		a[j] = x;
	}
}

Cust: adt {
	id, arrived, started, left:	int;
	lt:	fn(a, b: ref Cust): int;
};

Cust.lt(a, b: ref Cust): int
{
	return (a.left - a.arrived) > (b.left - b.arrived);	# longest stay first
}

seed := 12345;
rand(n: int): int
{
	seed = (seed * 1103515245 + 12345) & 16r7fffffff;
	return (seed >> 8) % n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	NCUST: con 12;
	NTELLER: con 2;
	q := Heap[ref Event].new();
	seq := 0;
	custs := array[NCUST] of ref Cust;
	t := 0;
	for(i := 0; i < NCUST; i++){
		t += rand(3);
		custs[i] = ref Cust(i, t, -1, -1);
		q.push(ref Event(t, seq++, Arrive, i));
	}
	free := NTELLER;
	waiting: list of int;	# newest first
	maxq := 0;
	while(q.n > 0){
		e := q.pop();
		c := custs[e.cust];
		case e.kind {
		Arrive =>
			if(free > 0){
				free--;
				c.started = e.time;
				q.push(ref Event(e.time + 3 + rand(5), seq++, Finish, c.id));
			}else{
				waiting = c.id :: waiting;
				if(len waiting > maxq)
					maxq = len waiting;
			}
			sys->print("t=%2d arrive c%d (queue %d)\n", e.time, c.id, len waiting);
		Finish =>
			c.left = e.time;
			sys->print("t=%2d finish c%d\n", e.time, c.id);
			if(waiting == nil){
				free++;
				continue;
			}
			# serve the one who has waited longest: the end of the list
			rest: list of int;
			for(; tl waiting != nil; waiting = tl waiting)
				rest = hd waiting :: rest;
			next := custs[hd waiting];
			waiting = nil;
			for(; rest != nil; rest = tl rest)
				waiting = hd rest :: waiting;
			next.started = e.time;
			q.push(ref Event(e.time + 3 + rand(5), seq++, Finish, next.id));
		}
	}
	sort(custs);
	totalwait := 0;
	for(i = 0; i < NCUST; i++)
		totalwait += custs[i].started - custs[i].arrived;
	sys->print("longest stays:");
	for(i = 0; i < 4; i++)
		sys->print(" c%d=%d", custs[i].id, custs[i].left - custs[i].arrived);
	sys->print("\nmax queue %d, mean wait %.2f\n", maxq, real totalwait / real NCUST);
}
