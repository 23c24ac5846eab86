implement Deques;

include "sys.m";
	sys: Sys;
include "draw.m";

Deques: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Deque: adt {
	buf:	array of string;
	head:	int;
	n:	int;

	new:	fn(cap: int): ref Deque;
	grow:	fn(d: self ref Deque);
	pushfront:	fn(d: self ref Deque, s: string);
	pushback:	fn(d: self ref Deque, s: string);
	popfront:	fn(d: self ref Deque): string;
	popback:	fn(d: self ref Deque): string;
	get:	fn(d: self ref Deque, i: int): string;
	text:	fn(d: self ref Deque): string;
};

Deque.new(cap: int): ref Deque
{
	if(cap < 1)
		cap = 1;
	return ref Deque(array[cap] of string, 0, 0);
}

Deque.grow(d: self ref Deque)
{
	nb := array[2*len d.buf] of string;
	for(i := 0; i < d.n; i++)
		nb[i] = d.buf[(d.head+i) % len d.buf];
	d.buf = nb;
	d.head = 0;
}

Deque.pushfront(d: self ref Deque, s: string)
{
	if(d.n == len d.buf)
		d.grow();
	d.head = (d.head - 1 + len d.buf) % len d.buf;
	d.buf[d.head] = s;
	d.n++;
}

Deque.pushback(d: self ref Deque, s: string)
{
	if(d.n == len d.buf)
		d.grow();
	d.buf[(d.head+d.n) % len d.buf] = s;
	d.n++;
}

Deque.popfront(d: self ref Deque): string
{
	if(d.n == 0)
		raise "deque: empty";
	s := d.buf[d.head];
	d.buf[d.head] = nil;
	d.head = (d.head+1) % len d.buf;
	d.n--;
	return s;
}

Deque.popback(d: self ref Deque): string
{
	if(d.n == 0)
		raise "deque: empty";
	d.n--;
	i := (d.head+d.n) % len d.buf;
	s := d.buf[i];
	d.buf[i] = nil;
	return s;
}

Deque.get(d: self ref Deque, i: int): string
{
	if(i < 0 || i >= d.n)
		raise "deque: index " + string i;
	return d.buf[(d.head+i) % len d.buf];
}

Deque.text(d: self ref Deque): string
{
	s := "[";
	for(i := 0; i < d.n; i++){
		if(i > 0)
			s += " ";
		s += d.get(i);
	}
	return s + "]";
}

# a stack as a list, a queue as two lists
Stack: adt {
	items:	list of int;
	push:	fn(s: self ref Stack, v: int);
	pop:	fn(s: self ref Stack): int;
	empty:	fn(s: self ref Stack): int;
};

Stack.push(s: self ref Stack, v: int) { s.items = v :: s.items; }
Stack.pop(s: self ref Stack): int
{
	v := hd s.items;
	s.items = tl s.items;
	return v;
}
Stack.empty(s: self ref Stack): int { return s.items == nil; }

Queue: adt {
	front, back:	list of int;
	put:	fn(q: self ref Queue, v: int);
	take:	fn(q: self ref Queue): int;
	size:	fn(q: self ref Queue): int;
};

Queue.put(q: self ref Queue, v: int) { q.back = v :: q.back; }
Queue.take(q: self ref Queue): int
{
	if(q.front == nil)
		for(; q.back != nil; q.back = tl q.back)
			q.front = hd q.back :: q.front;
	v := hd q.front;
	q.front = tl q.front;
	return v;
}
Queue.size(q: self ref Queue): int { return len q.front + len q.back; }

# check balanced brackets with the stack
balanced(s: string): int
{
	st := ref Stack(nil);
	for(i := 0; i < len s; i++){
		case s[i] {
		'(' or '[' or '{' =>
			st.push(s[i]);
		')' or ']' or '}' =>
			if(st.empty())
				return 0;
			o := st.pop();
			if(o == '(' && s[i] != ')' || o == '[' && s[i] != ']' || o == '{' && s[i] != '}')
				return 0;
		}
	}
	return st.empty();
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	d := Deque.new(2);
	for(i := 0; i < 5; i++){
		d.pushback("b" + string i);
		d.pushfront("f" + string i);
	}
	sys->print("%s n=%d cap=%d\n", d.text(), d.n, len d.buf);
	pf := d.popfront();
	pb := d.popback();
	sys->print("popfront %s popback %s\n", pf, pb);
	x := d.popfront();
	y := d.popback();
	sys->print("then %s %s -> %s\n", x, y, d.text());
	{
		sys->print("get(7)=%s\n", d.get(7));
	}exception e{
	"deque:*" =>
		sys->print("caught %s\n", e);
	}
	while(d.n > 0)
		d.popback();
	{
		d.popfront();
	}exception e{
	"deque: empty" =>
		sys->print("empty as expected\n");
	}
	q := ref Queue(nil, nil);
	for(i = 1; i <= 4; i++)
		q.put(i*i);
	a := q.take();
	q.put(100);
	b := q.take();
	sys->print("queue took %d %d size %d\n", a, b, q.size());
	while(q.size() > 0)
		sys->print(" %d", q.take());
	sys->print("\n");
	tests := array[] of {"(a[b]{c})", "((]", "{[()()]}", "(", ")(", ""};
	for(i = 0; i < len tests; i++)
		sys->print("balanced(%q) = %d\n", tests[i], balanced(tests[i]));
}
