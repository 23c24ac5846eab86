implement PolyAdt;

include "sys.m";
	sys: Sys;
include "draw.m";

PolyAdt: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Stack: adt[T] {
	items: list of T;
	depth: int;
	push: fn(s: self ref Stack, v: T);
	pop: fn(s: self ref Stack): T;
	empty: fn(s: self ref Stack): int;
};

Stack[T].push(s: self ref Stack[T], v: T)
{
	s.items = v :: s.items;
	s.depth++;
}

Stack[T].pop(s: self ref Stack[T]): T
{
	v := hd s.items;
	s.items = tl s.items;
	s.depth--;
	return v;
}

Stack[T].empty(s: self ref Stack[T]): int
{
	return s.items == nil;
}

Box: adt {
	v: int;
};

Pair: adt[A, B] {
	a: A;
	b: B;
};

swap[A, B](p: Pair[A, B]): Pair[B, A]
{
	return Pair[B, A](p.b, p.a);
}

lenof[T](l: list of T): int
{
	n := 0;
	for(; l != nil; l = tl l)
		n++;
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	si := ref Stack[ref Box](nil, 0);
	for(i := 1; i <= 5; i++)
		si.push(ref Box(i * i));
	sys->print("box depth %d\n", si.depth);
	while(!si.empty())
		sys->print("pop %d\n", si.pop().v);
	ss := ref Stack[string](nil, 0);
	ss.push("alpha");
	ss.push("beta");
	ss.push("gamma");
	sys->print("string len %d top %s\n", lenof(ss.items), ss.pop());
	p := Pair[ref Box, string](ref Box(3), "three");
	q := swap(p);
	sys->print("swapped: %s %d\n", q.a, q.b.v);
	sys->print("lenof strings %d\n", lenof("a" :: "b" :: nil));
}
