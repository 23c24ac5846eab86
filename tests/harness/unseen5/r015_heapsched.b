implement Heapsched;

include "sys.m";
	sys: Sys;
include "draw.m";

Heapsched: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Job: adt {
	name:	string;
	prio:	int;
	seq:	int;
};

Heap: adt {
	a:	array of ref Job;
	n:	int;
	cmp:	ref fn(x, y: ref Job): int;

	push:	fn(h: self ref Heap, j: ref Job);
	pop:	fn(h: self ref Heap): ref Job;
	peek:	fn(h: self ref Heap): ref Job;
	up:	fn(h: self ref Heap, i: int);
	down:	fn(h: self ref Heap, i: int);
	check:	fn(h: self ref Heap): int;
};

Heap.push(h: self ref Heap, j: ref Job)
{
	if(h.n == len h.a){
		na := array[len h.a * 2 + 1] of ref Job;
		na[0:] = h.a[0:h.n];
		h.a = na;
	}
	h.a[h.n] = j;
	h.up(h.n++);
}

Heap.pop(h: self ref Heap): ref Job
{
	if(h.n == 0)
		return nil;
	top := h.a[0];
	h.n--;
	h.a[0] = h.a[h.n];
	h.a[h.n] = nil;
	if(h.n > 0)
		h.down(0);
	return top;
}

Heap.peek(h: self ref Heap): ref Job
{
	if(h.n == 0)
		return nil;
	return h.a[0];
}

Heap.up(h: self ref Heap, i: int)
{
	while(i > 0){
		p := (i-1)/2;
		if(h.cmp(h.a[i], h.a[p]) >= 0)
			break;
		(h.a[i], h.a[p]) = (h.a[p], h.a[i]);
		i = p;
	}
}

Heap.down(h: self ref Heap, i: int)
{
	for(;;){
		l := 2*i+1;
		if(l >= h.n)
			break;
		m := l;
		if(l+1 < h.n && h.cmp(h.a[l+1], h.a[l]) < 0)
			m = l+1;
		if(h.cmp(h.a[m], h.a[i]) >= 0)
			break;
		(h.a[i], h.a[m]) = (h.a[m], h.a[i]);
		i = m;
	}
}

Heap.check(h: self ref Heap): int
{
	for(i := 1; i < h.n; i++)
		if(h.cmp(h.a[i], h.a[(i-1)/2]) < 0)
			return 0;
	return 1;
}

byprio(x, y: ref Job): int
{
	if(x.prio != y.prio)
		return y.prio - x.prio;	# high priority first
	return x.seq - y.seq;		# then FIFO
}

byname(x, y: ref Job): int
{
	if(x.name < y.name)
		return -1;
	if(x.name > y.name)
		return 1;
	return 0;
}

seqno := 0;

job(name: string, prio: int): ref Job
{
	return ref Job(name, prio, seqno++);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	h := ref Heap(array[0] of ref Job, 0, byprio);
	names := array[] of {"backup", "mail", "print", "compile", "index", "ping", "rotate", "sync"};
	prios := array[] of {1, 5, 3, 5, 2, 9, 1, 3};
	for(i := 0; i < len names; i++)
		h.push(job(names[i], prios[i]));
	sys->print("size %d cap %d ok %d top %s\n", h.n, len h.a, h.check(), h.peek().name);
	# run three, add more in between
	for(i = 0; i < 3; i++){
		j := h.pop();
		sys->print("run %s (p%d #%d)\n", j.name, j.prio, j.seq);
	}
	h.push(job("urgent", 10));
	h.push(job("late", 3));
	while((j := h.pop()) != nil)
		sys->print("run %s (p%d #%d)\n", j.name, j.prio, j.seq);
	h.cmp = byname;
	for(i = len names-1; i >= 0; i--)
		h.push(job(names[i], 0));
	s := "";
	while(h.n > 0)
		s += " " + h.pop().name;
	sys->print("by name:%s\n", s);
	sys->print("empty peek nil: %d\n", h.peek() == nil);
}
