# exercises polymorphic functions and adts with for clauses
implement Poly1;
include "sys.m";
include "draw.m";
sys: Sys;
Poly1: module { init: fn(nil: ref Draw->Context, nil: list of string); };
Str: adt {
	s: string;
	eq: fn(a, b: ref Str): int;
	str: fn(a: self ref Str): string;
};
Str.eq(a, b: ref Str): int { return a.s == b.s; }
Str.str(a: self ref Str): string { return "<" + a.s + ">"; }
Stack: adt[T] {
	items: list of T;
	push: fn(s: self ref Stack, x: T);
	pop: fn(s: self ref Stack): T;
	size: fn(s: self ref Stack): int;
};
Stack[T].push(s: self ref Stack[T], x: T) { s.items = x :: s.items; }
Stack[T].pop(s: self ref Stack[T]): T
{
	x := hd s.items;
	s.items = tl s.items;
	return x;
}
Stack[T].size(s: self ref Stack[T]): int { return len s.items; }
member[T](x: T, l: list of T): int
	for { T => eq: fn(a, b: T): int; }
{
	for(; l != nil; l = tl l)
		if(T.eq(x, hd l)) return 1;
	return 0;
}
show[T](l: list of T): string
	for { T => str: fn(a: self T): string; }
{
	s := "";
	for(; l != nil; l = tl l) s += (hd l).str();
	return s;
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	st := ref Stack[string](nil);
	st.push("a"); st.push("b"); st.push("c");
	sys->print("%d %s %s %d\n", st.size(), st.pop(), st.pop(), st.size());
	l := ref Str("x") :: ref Str("y") :: nil;
	sys->print("%d %d\n", member(ref Str("y"), l), member(ref Str("q"), l));
	sys->print("%s\n", show(l));
	s2 := ref Stack[ref Str](nil);
	s2.push(ref Str("p"));
	sys->print("%s\n", s2.pop().str());
}
