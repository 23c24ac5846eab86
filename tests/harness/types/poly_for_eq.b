implement PolyForEq;

include "sys.m";
	sys: Sys;
include "draw.m";

PolyForEq: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Word: adt {
	s: string;
	eq: fn(a, b: ref Word): int;
	lt: fn(a, b: ref Word): int;
};

Word.eq(a, b: ref Word): int { return a.s == b.s; }
Word.lt(a, b: ref Word): int { return a.s < b.s; }

Len: adt {
	n: int;
	eq: fn(a, b: ref Len): int;
	lt: fn(a, b: ref Len): int;
};

Len.eq(a, b: ref Len): int { return a.n == b.n; }
Len.lt(a, b: ref Len): int { return a.n < b.n; }

uniq[T](l: list of T): list of T
	for {
	T =>
		eq: fn(a, b: T): int;
	}
{
	r: list of T;
	for(; l != nil; l = tl l){
		dup := 0;
		for(m := r; m != nil; m = tl m)
			if(T.eq(hd m, hd l))
				dup = 1;
		if(!dup)
			r = hd l :: r;
	}
	return r;
}

sort[T](a: array of T)
	for {
	T =>
		lt: fn(a, b: T): int;
	}
{
	for(i := 1; i < len a; i++)
		for(j := i; j > 0 && T.lt(a[j], a[j-1]); j--){
			t := a[j];
			a[j] = a[j-1];
			a[j-1] = t;
		}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ws := array[] of {ref Word("pear"), ref Word("apple"), ref Word("fig"), ref Word("apple"), ref Word("date")};
	sort(ws);
	for(i := 0; i < len ws; i++)
		sys->print("%s ", ws[i].s);
	sys->print("\n");
	l: list of ref Word;
	for(i = 0; i < len ws; i++)
		l = ws[i] :: l;
	for(u := uniq(l); u != nil; u = tl u)
		sys->print("[%s]", (hd u).s);
	sys->print("\n");
	ns := array[] of {ref Len(5), ref Len(-1), ref Len(3), ref Len(3)};
	sort(ns);
	for(i = 0; i < len ns; i++)
		sys->print("%d ", ns[i].n);
	sys->print("\n");
	nl := uniq(ns[0] :: ns[1] :: ns[2] :: ns[3] :: nil);
	sys->print("uniq len count:");
	for(; nl != nil; nl = tl nl)
		sys->print(" %d", (hd nl).n);
	sys->print("\n");
}
