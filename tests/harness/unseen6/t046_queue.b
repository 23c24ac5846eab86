implement Queue;

include "sys.m";
	sys: Sys;
include "draw.m";

Queue: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Job: adt {
	id:	int;
	name:	string;
	cost:	int;
};

Fifo: adt {
	front:	list of ref Job;
	back:	list of ref Job;

	push:	fn(q: self ref Fifo, j: ref Job);
	pop:	fn(q: self ref Fifo): ref Job;
};

Fifo.push(q: self ref Fifo, j: ref Job)
{
	q.back = j :: q.back;
}

Fifo.pop(q: self ref Fifo): ref Job
{
	if(q.front == nil){
		for(; q.back != nil; q.back = tl q.back)
			q.front = hd q.back :: q.front;
	}
	if(q.front == nil)
		return nil;
	j := hd q.front;
	q.front = tl q.front;
	return j;
}

budget(q: ref Fifo, limit: int): (int, int)
{
	spent := 0;
	done := 0;
	while((j := q.pop()) != nil){
		if(spent + j.cost > limit){
			q.push(j);
			break;
		}
		spent += j.cost;
		done++;
	}
	return (done, spent);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	q := ref Fifo(nil, nil);
	names := array[] of {"index", "thumbnail", "mail", "backup", "report"};
	for(i := 0; i < len names; i++)
		q.push(ref Job(i, names[i], 3 + i*2));
	(done, spent) := budget(q, 12, 1);
	sys->print("ran %d jobs costing %d\n", done, spent);
}
