implement GenericStack;

include "sys.m";
	sys: Sys;
include "draw.m";

GenericStack: module {
	init: fn(nil: ref Draw->Context, args: list of string);
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
	x := hd s.items;
	s.items = tl s.items;
	s.n--;
	return x;
}

Stack[T].empty(s: self ref Stack[T]): int
{
	return s.items == nil;
}

Pair: adt {
	k: string;
	v: int;
};

# evaluate a reverse-polish expression using a stack of strings
rpn(toks: list of string): string
{
	st := ref Stack[string](nil, 0);
	for(; toks != nil; toks = tl toks) {
		t := hd toks;
		case t {
		"+" or "-" or "*" =>
			b := int st.pop();
			a := int st.pop();
			r: int;
			case t {
			"+" => r = a + b;
			"-" => r = a - b;
			"*" => r = a * b;
			}
			st.push(string r);
		"dup" =>
			a := st.pop();
			st.push(a);
			st.push(a);
		"swap" =>
			a := st.pop();
			b := st.pop();
			st.push(a);
			st.push(b);
		* =>
			st.push(t);
		}
	}
	return st.pop();
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	s := ref Stack[string](nil, 0);
	s.push("a");
	s.push("b");
	s.push("c");
	sys->print("n=%d\n", s.n);
	while(!s.empty())
		sys->print("pop %s (left %d)\n", s.pop(), s.n);

	ps := ref Stack[ref Pair](nil, 0);
	for(i := 0; i < 4; i++)
		ps.push(ref Pair(sys->sprint("k%d", i), i * i));
	top := ps.pop();
	top.v = -1;
	ps.push(top);
	while(!ps.empty()) {
		p := ps.pop();
		sys->print("%s=%d ", p.k, p.v);
	}
	sys->print("\n");

	ls := ref Stack[list of string](nil, 0);
	ls.push("x" :: "y" :: nil);
	ls.push(nil);
	ls.push("z" :: nil);
	while(!ls.empty())
		sys->print("list len %d\n", len ls.pop());

	sys->print("rpn1=%s\n", rpn("3" :: "4" :: "+" :: "5" :: "*" :: nil));
	sys->print("rpn2=%s\n", rpn("2" :: "dup" :: "*" :: "dup" :: "*" :: "1" :: "swap" :: "-" :: nil));
}
