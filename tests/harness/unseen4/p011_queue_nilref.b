implement QueueNil;

include "sys.m";
	sys: Sys;
include "draw.m";

QueueNil: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Job: adt {
	id: int;
	name: string;
	prio: int;
	next: cyclic ref Job;
};

Queue: adt {
	head, tail: ref Job;
	n: int;

	put: fn(q: self ref Queue, j: ref Job);
	get: fn(q: self ref Queue): ref Job;
	insertbyprio: fn(q: self ref Queue, j: ref Job);
};

Queue.put(q: self ref Queue, j: ref Job)
{
	j.next = nil;
	if(q.tail == nil)
		q.head = q.tail = j;
	else {
		q.tail.next = j;
		q.tail = j;
	}
	q.n++;
}

Queue.get(q: self ref Queue): ref Job
{
	j := q.head;
	if(j == nil)
		return nil;
	q.head = j.next;
	if(q.head == nil)
		q.tail = nil;
	j.next = nil;
	q.n--;
	return j;
}

Queue.insertbyprio(q: self ref Queue, j: ref Job)
{
	if(q.head == nil || j.prio > q.head.prio){
		j.next = q.head;
		q.head = j;
		if(q.tail == nil)
			q.tail = j;
		q.n++;
		return;
	}
	p := q.head;
	while(p.next != nil && p.next.prio >= j.prio)
		p = p.next;
	j.next = p.next;
	p.next = j;
	if(j.next == nil)
		q.tail = j;
	q.n++;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	q := ref Queue(nil, nil, 0);
	names := array[] of {"build", "test", "lint", "deploy", "docs", "bench"};
	prios := array[] of {3, 5, 1, 9, 1, 5};
	for(i := 0; i < len names; i++)
		q.insertbyprio(ref Job(i+1, names[i], prios[i], nil));
	sys->print("queued %d jobs\n", q.n);
	for(j := q.head; j != nil; j = j.next)
		sys->print("  #%d %-6s prio %d\n", j.id, j.name, j.prio);
	fifo := ref Queue(nil, nil, 0);
	while((j = q.get()) != nil){
		if(j.prio >= 5)
			sys->print("run %s\n", j.name);
		else
			fifo.put(j);
	}
	sys->print("deferred %d, main queue %d\n", fifo.n, q.n);
	for(k := 0; k < 2; k++){
		d := fifo.get();
		sys->print("late run %s\n", d.name);
	}
	sys->fprint(sys->fildes(2), "draining remaining %d\n", fifo.n + 1);
	# off-by-one: one more get than there are jobs
	for(k = 0; k < 3; k++){
		d := fifo.get();
		sys->print("drain %s (%d)\n", d.name, d.id);
	}
	sys->print("unreachable\n");
}
