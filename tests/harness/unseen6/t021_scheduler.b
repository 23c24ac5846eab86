implement Scheduler;

include "sys.m";
	sys: Sys;
include "draw.m";

Scheduler: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Task: adt {
	id:	int;
	name:	string;
	prio:	int;
	remaining:	int;
	arrival:	int;
	finished:	int;
};

PQ: adt[T] {
	items:	array of T;
	n:	int;
	before:	ref fn(a, b: T): int;

	push:	fn(q: self ref PQ[T], x: T);
	pop:	fn(q: self ref PQ[T]): T;
	empty:	fn(q: self ref PQ[T]): int;
};

PQ[T].push(q: self ref PQ[T], x: T)
{
	if(q.n == len q.items){
		na := array[2*q.n + 1] of T;
		na[0:] = q.items[0:q.n];
		q.items = na;
	}
	i := q.n++;
	q.items[i] = x;
	while(i > 0){
		p := (i-1)/2;
		if(!q.before(q.items[i], q.items[p]))
			break;
		(q.items[i], q.items[p]) = (q.items[p], q.items[i]);
		i = p;
	}
}

PQ[T].pop(q: self ref PQ[T]): T
{
	top := q.items[0];
	q.n--;
	q.items[0] = q.items[q.n];
	i := 0;
	for(;;){
		c := 2*i + 1;
		if(c >= q.n)
			break;
		if(c+1 < q.n && q.before(q.items[c+1], q.items[c]))
			c++;
		if(!q.before(q.items[c], q.items[i]))
			break;
		(q.items[i], q.items[c]) = (q.items[c], q.items[i]);
		i = c;
	}
	return top;
}

PQ[T].empty(q: self ref PQ[T]): int
{
	return q.n == 0;
}

higher(a, b: ref Task): int
{
	if(a.prio != b.prio)
		return a.prio > b.prio;
	return a.id < b.id;
}

QUANTUM: con 3;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tasks := array[] of {
		ref Task(1, "compile", 2, 7, 0, -1),
		ref Task(2, "backup", 1, 5, 0, -1),
		ref Task(4, "render", 5, 6, 2, -1),
		ref Task(3, "irq", 9, 2, 4, -1),
		ref Task(5, "log", 1, 1, 9, -1),
		ref Task(6, "irq2", 9, 1, 10, -1),
	};
	q := ref PQ[ref Task](array[0] of ref Task, 0, higher);
	clock := 0;
	next := 0;
	timeline := "";
	while(next < len tasks || !q.empty()){
		while(next < len tasks && tasks[next].arrival <= clock)
			q.push(tasks[next++]);
		if(q.empty()){
			clock++;
			timeline += "-";
			continue;
		}
		t := q.pop();
		run := QUANTUM;
		if(t.remaining < run)
			run = t.remaining;
		# preemption check: stop early if a higher task arrives
		ran := 0;
	slice:
		for(ran = 0; ran < run; ){
			clock++;
			ran++;
			timeline[len timeline] = 'a' + t.id - 1;
			for(k := next; k < len tasks; k++)
				if(tasks[k].arrival <= clock && tasks[k].prio > t.prio)
					break slice;
		}
		t.remaining -= ran;
		if(t.remaining == 0){
			t.finished = clock;
			sys->print("t=%2d done %-8s (prio %d, turnaround %d)\n", clock, t.name, t.prio, clock - t.arrival);
		}else
			q.push(t);
	}
	sys->print("timeline: %s\n", timeline);
	sum := 0;
	for(i := 0; i < len tasks; i++)
		sum += tasks[i].finished - tasks[i].arrival;
	sys->print("avg turnaround %.3f over %d tasks\n", real sum / real len tasks, len tasks);
	# reuse the generic queue with strings, shortest first
	sq := ref PQ[string](nil, 0, shorter);
	words := array[] of {"scheduler", "a", "queue", "of", "strings", "by", "length"};
	for(i = 0; i < len words; i++)
		sq.push(words[i]);
	s := "";
	while(!sq.empty())
		s += sq.pop() + " ";
	sys->print("%s\n", s);
}

shorter(a, b: string): int
{
	if(len a != len b)
		return len a < len b;
	return a < b;
}
