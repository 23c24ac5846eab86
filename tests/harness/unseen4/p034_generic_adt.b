implement GenericAdt;

include "sys.m";
	sys: Sys;
include "draw.m";

GenericAdt: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
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
		raise "empty stack";
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
	str: fn(n: self ref Named): string;
};

Named.str(n: self ref Named): string
{
	return "<" + n.name + ">";
}

describe[T](s: ref Stack[T]): string
	for {
	T =>
		str: fn(x: self T): string;
	}
{
	r := "";
	for(l := s.items; l != nil; l = tl l)
		r += (hd l).str();
	return r;
}

balanced(s: string): int
{
	st := ref Stack[string](nil, 0);
	for(i := 0; i < len s; i++){
		c := s[i:i+1];
		case c {
		"(" or "[" or "{" =>
			st.push(c);
		")" or "]" or "}" =>
			if(st.empty())
				return 0;
			o := st.pop();
			if(o + c != "()" && o + c != "[]" && o + c != "{}")
				return 0;
		}
	}
	return st.empty();
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ss := ref Stack[string](nil, 0);
	for(w := "x" :: "y" :: "z" :: nil; w != nil; w = tl w)
		ss.push(hd w);
	n0 := ss.n;
	p1 := ss.pop();
	p2 := ss.pop();
	sys->print("string stack n=%d pop=%s pop=%s left=%d\n", n0, p1, p2, ss.n);
	ns := ref Stack[ref Named](nil, 0);
	ns.push(ref Named("first"));
	ns.push(ref Named("second"));
	ns.push(ref Named("third"));
	sys->print("named: %s\n", describe(ns));
	as := ref Stack[array of int](nil, 0);
	as.push(array[] of {1, 2, 3});
	as.push(array[5] of int);
	l1 := len as.pop();
	sys->print("array stack lens %d %d\n", l1, len as.pop());
	tests := array[] of {"(a[b]{c})", "([)]", "((", "", "}{", "{[()()]}"};
	for(i := 0; i < len tests; i++)
		sys->print("balanced(%s) = %d\n", tests[i], balanced(tests[i]));
	p := Pair[string, ref Named]("key", ref Named("val"));
	sys->print("pair %s %s\n", p.k, p.v.str());
	{
		ss.pop();
		ss.pop();
	} exception e {
		"empty*" =>
			sys->fprint(sys->fildes(2), "caught: %s, n=%d\n", e, ss.n);
	}
}
