implement TwoStackQueue;

include "sys.m";
	sys: Sys;
include "draw.m";

TwoStackQueue: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Cell: adt {
	v:	string;
	below:	cyclic ref Cell;
};

Stack: adt {
	top:	ref Cell;
	n:	int;

	push:	fn(s: self ref Stack, v: string);
	pop:	fn(s: self ref Stack): string;
};

Stack.push(s: self ref Stack, v: string)
{
	s.top = ref Cell(v, s.top);
	s.n++;
}

Stack.pop(s: self ref Stack): string
{
	c := s.top;
	s.top = c.below;	# no emptiness check: caller must know
	s.n--;
	return c.v;
}

Queue: adt {
	inbox:	ref Stack;
	outbox:	ref Stack;
	transfers:	int;

	new:	fn(): ref Queue;
	put:	fn(q: self ref Queue, v: string);
	take:	fn(q: self ref Queue): string;
	size:	fn(q: self ref Queue): int;
};

Queue.new(): ref Queue
{
	return ref Queue(ref Stack(nil, 0), ref Stack(nil, 0), 0);
}

Queue.put(q: self ref Queue, v: string)
{
	q.inbox.push(v);
}

Queue.take(q: self ref Queue): string
{
	if(q.outbox.n == 0){
		if(q.inbox.n > 0)
			sys->print("  [shift %d items]\n", q.inbox.n);
		while(q.inbox.n > 0){
			q.outbox.push(q.inbox.pop());
			q.transfers++;
		}
	}
	return q.outbox.pop();
}

Queue.size(q: self ref Queue): int
{
	return q.inbox.n + q.outbox.n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	q := Queue.new();
	script := "a b c - d - - e f - g - - -";
	(nil, toks) := sys->tokenize(script, " ");
	for(; toks != nil; toks = tl toks){
		t := hd toks;
		if(t == "-"){
			sys->print("take -> %s (size %d)\n", q.take(), q.size());
		}else{
			q.put(t);
			sys->print("put %s (size %d)\n", t, q.size());
		}
	}
	sys->print("transfers=%d\n", q.transfers);
	sys->print("one more take on empty queue...\n");
	sys->print("got %s\n", q.take());
}
