implement ListOps;

include "sys.m";
	sys: Sys;
include "draw.m";

ListOps: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

rev(l: list of int): list of int
{
	r: list of int;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

append(a, b: list of int): list of int
{
	if(a == nil)
		return b;
	return hd a :: append(tl a, b);
}

length(l: list of int): int
{
	n := 0;
	for(; l != nil; l = tl l)
		n++;
	return n;
}

str(l: list of int): string
{
	s := "[";
	for(; l != nil; l = tl l) {
		s += string hd l;
		if(tl l != nil)
			s += ",";
	}
	return s + "]";
}

range(a, b: int): list of int
{
	l: list of int;
	for(i := b - 1; i >= a; i--)
		l = i :: l;
	return l;
}

filter(l: list of int, keep: ref fn(x: int): int): list of int
{
	if(l == nil)
		return nil;
	rest := filter(tl l, keep);
	if(keep(hd l))
		return hd l :: rest;
	return rest;
}

iseven(x: int): int
{
	return x % 2 == 0;
}

merge(a, b: list of int): list of int
{
	if(a == nil)
		return b;
	if(b == nil)
		return a;
	if(hd a <= hd b)
		return hd a :: merge(tl a, b);
	return hd b :: merge(a, tl b);
}

msort(l: list of int): list of int
{
	if(l == nil || tl l == nil)
		return l;
	a, b: list of int;
	for(i := 0; l != nil; l = tl l) {
		if(i++ & 1)
			a = hd l :: a;
		else
			b = hd l :: b;
	}
	return merge(msort(a), msort(b));
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	l := range(1, 8);
	sys->print("l=%s len=%d\n", str(l), length(l));
	sys->print("rev=%s\n", str(rev(l)));
	sys->print("hd=%d hd tl=%d hd tl tl=%d\n", hd l, hd tl l, hd tl tl l);
	sys->print("append=%s\n", str(append(range(0, 3), rev(range(0, 3)))));
	sys->print("evens=%s\n", str(filter(l, iseven)));

	shared := 100 :: 200 :: nil;
	x := 1 :: shared;
	y := 2 :: shared;
	sys->print("x=%s y=%s same tail=%d\n", str(x), str(y), tl x == tl y);

	u := msort(5 :: 3 :: 9 :: -1 :: 7 :: 3 :: 0 :: nil);
	sys->print("sorted=%s\n", str(u));

	ls := "c" :: "a" :: "b" :: nil;
	s := "";
	for(t := ls; t != nil; t = tl t)
		s = hd t + s;
	sys->print("strs=%s len=%d\n", s, len ls);

	ll: list of list of int;
	ll = range(0, 2) :: range(5, 8) :: nil :: range(9, 10) :: nil;
	for(; ll != nil; ll = tl ll)
		sys->print("sub %s\n", str(hd ll));

	e: list of int;
	sys->print("empty=%s len=%d nil=%d\n", str(e), len e, e == nil);
}
