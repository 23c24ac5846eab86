implement Sched;

include "sys.m";
	sys: Sys;
include "draw.m";

Sched: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Task: adt {
	name:	string;
	prio:	int;
	work:	int;
	seq:	int;
};

Heap: adt {
	a:	array of ref Task;
	n:	int;
	push:	fn(h: self ref Heap, t: ref Task);
	pop:	fn(h: self ref Heap): ref Task;
};

less(x, y: ref Task): int
{
	if(x.prio != y.prio)
		return x.prio > y.prio;
	return x.seq < y.seq;
}

Heap.push(h: self ref Heap, t: ref Task)
{
	if(h.n == len h.a){
		b := array[2*len h.a + 1] of ref Task;
		b[0:] = h.a[0:h.n];
		h.a = b;
	}
	i := h.n++;
	h.a[i] = t;
	while(i > 0){
		p := (i-1)/2;
		if(!less(h.a[i], h.a[p]))
			break;
		(h.a[i], h.a[p]) = (h.a[p], h.a[i]);
		i = p;
	}
}

Heap.pop(h: self ref Heap): ref Task
{
	if(h.n == 0)
		return nil;
	t := h.a[0];
	h.a[0] = h.a[--h.n];
	h.a[h.n] = nil;
	i := 0;
	for(;;){
		l := 2*i+1;
		r := l+1;
		s := i;
		if(l < h.n && less(h.a[l], h.a[s]))
			s = l;
		if(r < h.n && less(h.a[r], h.a[s]))
			s = r;
		if(s == i)
			break;
		(h.a[i], h.a[s]) = (h.a[s], h.a[i]);
		i = s;
	}
	return t;
}

QUANTUM: con 3;

# a runner process does the work for each slice and reports back
runner(req: chan of ref Task, rep: chan of (string, int))
{
	while((t := <-req) != nil){
		done := QUANTUM;
		if(t.work < done)
			done = t.work;
		t.work -= done;
		rep <-= (t.name, done);
	}
	rep <-= (nil, 0);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	h := ref Heap(array[2] of ref Task, 0);
	seq := 0;
	tasks := array[] of {("editor", 5, 4), ("compile", 2, 9), ("daemon", 1, 2), ("shell", 5, 7), ("backup", 0, 5)};
	for(i := 0; i < len tasks; i++){
		(name, prio, work) := tasks[i];
		h.push(ref Task(name, prio, work, seq++));
	}
	req := chan of ref Task;
	rep := chan of (string, int);
	spawn runner(req, rep);
	clock := 0;
	while((t := h.pop()) != nil){
		req <-= t;
		(name, used) := <-rep;
		clock += used;
		if(t.work == 0)
			sys->print("t=%2d %-8s ran %d, finished\n", clock, name, used);
		else{
			sys->print("t=%2d %-8s ran %d, %d left\n", clock, name, used, t.work);
			# aging: drop priority by one each slice
			if(t.prio > 0)
				t.prio--;
			t.seq = seq++;
			h.push(t);
		}
	}
	req <-= nil;
	(last, nil) := <-rep;
	sys->print("runner exited (%d), total time %d\n", last == nil, clock);
}
