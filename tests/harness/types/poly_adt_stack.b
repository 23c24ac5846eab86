implement PolyAdtStack;

include "sys.m";
	sys: Sys;
include "draw.m";

PolyAdtStack: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Stack: adt[T] {
	items: list of T;
	n: int;

	push: fn(s: self ref Stack[T], x: T);
	pop: fn(s: self ref Stack[T]): T;
	empty: fn(s: self ref Stack[T]): int;
};

Stack[T].push(s: self ref Stack[T], x: T)
{
	s.items = x :: s.items;
	s.n++;
}

Stack[T].pop(s: self ref Stack[T]): T
{
	if(s.items == nil)
		raise "stack underflow";
	x := hd s.items;
	s.items = tl s.items;
	s.n--;
	return x;
}

Stack[T].empty(s: self ref Stack[T]): int
{
	return s.items == nil;
}

Pair: adt[K, V] {
	k: K;
	v: V;
};

Named: adt {
	name: string;
	text: fn(n: self ref Named): string;
};

Named.text(n: self ref Named): string
{
	return "<" + n.name + ">";
}

Num: adt {
	v: int;
	text: fn(n: self ref Num): string;
};

Num.text(n: self ref Num): string
{
	return string n.v;
}

joinall[T](l: list of T): string
	for {
	T =>
		text: fn(x: self T): string;
	}
{
	s := "";
	for(; l != nil; l = tl l)
		s += (hd l).text() + ";";
	return s;
}

drain[T](s: ref Stack[T]): list of T
{
	r: list of T;
	while(!s.empty())
		r = s.pop() :: r;
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ss := ref Stack[string](nil, 0);
	ss.push("a");
	ss.push("b");
	ss.push("c");
	n0 := ss.n;
	top := ss.pop();
	sys->print("n=%d pop=%s n=%d\n", n0, top, ss.n);
	sn := ref Stack[ref Named](nil, 0);
	sn.push(ref Named("x"));
	sn.push(ref Named("y"));
	sys->print("%s\n", joinall(sn.items));
	l := drain(sn);
	sys->print("drained %s empty=%d n=%d\n", joinall(l), sn.empty(), sn.n);
	nums := ref Num(1) :: ref Num(22) :: ref Num(333) :: nil;
	sys->print("%s\n", joinall(nums));
	{
		ss.pop();
		ss.pop();
		ss.pop();
	} exception e {
		"stack*" => sys->print("caught %s n=%d\n", e, ss.n);
	}
	p := Pair[string, ref Num]("k", ref Num(5));
	q := p;
	q.k = "k2";
	q.v.v = 6;
	sys->print("pair %s %s %d %d\n", p.k, q.k, p.v.v, q.v.v);
	sa := ref Stack[array of int](nil, 0);
	sa.push(array[] of {1, 2, 3});
	sys->print("array stack %d\n", len sa.pop());
}
