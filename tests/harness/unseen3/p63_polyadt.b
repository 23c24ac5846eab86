implement P63;
include "sys.m";
	sys: Sys;
include "draw.m";
P63: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Queue: adt[T] {
	front, back: list of T;
	n: int;
	put: fn(q: self ref Queue, x: T);
	get: fn(q: self ref Queue): T;
	empty: fn(q: self ref Queue): int;
};

Queue[T].put(q: self ref Queue[T], x: T)
{
	q.back = x :: q.back;
	q.n++;
}

Queue[T].get(q: self ref Queue[T]): T
{
	if(q.front == nil){
		for(; q.back != nil; q.back = tl q.back)
			q.front = hd q.back :: q.front;
	}
	if(q.front == nil)
		raise "queue empty";
	x := hd q.front;
	q.front = tl q.front;
	q.n--;
	return x;
}

Queue[T].empty(q: self ref Queue[T]): int
{
	return q.n == 0;
}

Job: adt {
	name: string;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	q := ref Queue[string](nil, nil, 0);
	q.put("a");
	q.put("b");
	sys->print("%s\n", q.get());
	q.put("c");
	while(!q.empty())
		sys->print("%s ", q.get());
	sys->print("\n");
	jq := ref Queue[ref Job](nil, nil, 0);
	for(i := 0; i < 4; i++)
		jq.put(ref Job("job" + string i));
	sys->print("n=%d first=%s\n", jq.n, jq.get().name);
	{
		q.get();
	} exception e {
	"*" => sys->print("exc %s\n", e);
	}
}
