implement PolyFns;

include "sys.m";
	sys: Sys;
include "draw.m";

PolyFns: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

rev[T](l: list of T): list of T
{
	r: list of T;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

length[T](l: list of T): int
{
	n := 0;
	for(; l != nil; l = tl l)
		n++;
	return n;
}

pair[A, B](a: A, b: B): (B, A)
{
	return (b, a);
}

swap[T](a: array of T, i, j: int)
{
	t := a[i];
	a[i] = a[j];
	a[j] = t;
}

first[T](a: array of T): T
{
	return a[0];
}

mklist[T](x: T, n: int): list of T
{
	l: list of T;
	while(n-- > 0)
		l = x :: l;
	return l;
}

Box: adt {
	v: int;
};

Ref: adt {
	s: string;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ls := rev("a" :: "b" :: "c" :: nil);
	for(l := ls; l != nil; l = tl l)
		sys->print("%s ", hd l);
	sys->print("len %d\n", length(ls));
	li := rev(array[] of {1} :: array[] of {2, 3} :: nil);
	sys->print("arrays hd %d len %d\n", len hd li, length(li));
	lr := rev(ref Ref("x") :: ref Ref("y") :: nil);
	sys->print("refs hd %s\n", (hd lr).s);
	(s, n) := pair(ref Box(7), "seven");
	sys->print("pair %s %d\n", s, n.v);
	(rr, bb) := pair(ref Ref("r"), ls);
	sys->print("pair2 %s %s\n", hd rr, bb.s);
	as := array[] of {"p", "q", "r"};
	swap(as, 0, 2);
	sys->print("swap %s %s %s\n", as[0], as[1], as[2]);
	ar := array[] of {ref Ref("m"), ref Ref("n")};
	swap(ar, 0, 1);
	sys->print("swap refs %s %s first %s\n", ar[0].s, ar[1].s, first(ar).s);
	sys->print("first str %s\n", first(as));
	ml := mklist(ref Box(3), 3);
	(hd ml).v = 9;
	sys->print("shared elems %d %d\n", (hd tl ml).v, length(ml));
	ll := mklist(ls, 2);
	sys->print("list of lists %d %s\n", length(ll), hd hd ll);
	nl: list of string;
	e := rev(nl);
	sys->print("rev nil %d\n", e == nil);
}
