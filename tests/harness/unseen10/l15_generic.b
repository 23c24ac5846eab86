implement Generic;

include "sys.m";
	sys: Sys;
include "draw.m";

Generic: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Stack: adt[T] {
	items: list of T;
	size: int;

	push: fn(s: self ref Stack[T], x: T);
	pop: fn(s: self ref Stack[T]): T;
	peek: fn(s: self ref Stack[T]): T;
	empty: fn(s: self ref Stack[T]): int;
};

Queue: adt[T] {
	front: list of T;
	back: list of T;
	n: int;

	put: fn(q: self ref Queue[T], x: T);
	get: fn(q: self ref Queue[T]): T;
	empty: fn(q: self ref Queue[T]): int;
};

Stack[T].push(s: self ref Stack[T], x: T)
{
	s.items = x :: s.items;
	s.size++;
}

Stack[T].pop(s: self ref Stack[T]): T
{
	if(s.items == nil)
		raise "generic: pop of empty stack";
	x := hd s.items;
	s.items = tl s.items;
	s.size--;
	return x;
}

Stack[T].peek(s: self ref Stack[T]): T
{
	return hd s.items;
}

Stack[T].empty(s: self ref Stack[T]): int
{
	return s.items == nil;
}

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
		raise "generic: get from empty queue";
	x := hd q.front;
	q.front = tl q.front;
	q.n--;
	return x;
}

Queue[T].empty(q: self ref Queue[T]): int
{
	return q.front == nil && q.back == nil;
}

singleton[T](x: T): ref Stack[T]
{
	return ref Stack[T](x :: nil, 1);
}

# move everything from a stack into a queue (reverses order)
drain[T](s: ref Stack[T], q: ref Queue[T]): int
{
	n := 0;
	while(!s.empty()){
		q.put(s.pop());
		n++;
	}
	return n;
}

Box: adt {
	s: ref Stack[string];
};

Point: adt {
	x, y: int;
};

pstr(p: ref Point): string
{
	return "(" + string p.x + "," + string p.y + ")";
}

# balanced bracket checker using a stack of strings
balanced(s: string): string
{
	st := ref Stack[string](nil, 0);
	for(i := 0; i < len s; i++){
		c := s[i:i + 1];
		case c {
		"(" or "[" or "{" =>
			st.push(c);
		")" or "]" or "}" =>
			if(st.empty())
				return "unbalanced: stray " + c + " at " + string i;
			o := st.pop();
			if((o == "(" && c != ")") || (o == "[" && c != "]") || (o == "{" && c != "}"))
				return "mismatch " + o + c + " at " + string i;
		}
	}
	if(!st.empty())
		return "unclosed " + string st.size;
	return "ok";
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	ss := ref Stack[string](nil, 0);
	for(w := "one" :: "two" :: "three" :: "four" :: nil; w != nil; w = tl w)
		ss.push(hd w);
	sys->print("string stack size %d top %s\n", ss.size, ss.peek());
	q := ref Queue[string](nil, nil, 0);
	sys->print("drained %d\n", drain(ss, q));
	q.put("five");
	while(!q.empty())
		sys->print("  got %s (left %d)\n", q.get(), q.n);

	ps := singleton(ref Point(0, 0));
	for(i := 1; i <= 5; i++)
		ps.push(ref Point(i, i * i));
	pq := ref Queue[ref Point](nil, nil, 0);
	# interleave queue operations
	pq.put(ps.pop());
	pq.put(ps.pop());
	p0 := pq.get();
	pq.put(ps.pop());
	sys->print("first point %s\n", pstr(p0));
	while(!pq.empty())
		sys->print("  point %s\n", pstr(pq.get()));
	sys->print("points left on stack: %d top %s\n", ps.size, pstr(ps.peek()));

	# stack of (boxed) stacks
	sos := ref Stack[ref Box](nil, 0);
	for(i = 0; i < 3; i++){
		inner := ref Stack[string](nil, 0);
		for(j := 0; j <= i; j++)
			inner.push("s" + string i + "." + string j);
		sos.push(ref Box(inner));
	}
	while(!sos.empty()){
		inner := sos.pop().s;
		line := "";
		while(!inner.empty())
			line += " " + inner.pop();
		sys->print("inner:%s\n", line);
	}

	# queue of lists
	lq := ref Queue[list of string](nil, nil, 0);
	lq.put("a" :: "b" :: nil);
	lq.put(nil);
	lq.put("c" :: nil);
	while(!lq.empty())
		sys->print("list of len %d\n", len lq.get());

	tests := array[] of {"(a[b]{c})", "((x)", "[)", "x)y", "{[()()]}", ""};
	for(i = 0; i < len tests; i++)
		sys->print("%-12s %s\n", "'" + tests[i] + "'", balanced(tests[i]));

	{
		q.get();
	} exception e {
	"generic:*" =>
		sys->print("caught %s\n", e);
	}
	{
		ss.pop();
	} exception e {
	"generic:*" =>
		sys->print("caught %s\n", e);
	}
}
