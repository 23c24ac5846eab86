implement ListEq;

include "sys.m";
	sys: Sys;
include "draw.m";

ListEq: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

rev(l: list of int): list of int
{
	r: list of int;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

same(a, b: list of int): int
{
	while(a != nil && b != nil){
		if(hd a != hd b)
			return 0;
		a = tl a;
		b = tl b;
	}
	return a == nil && b == nil;
}

str(l: list of int): string
{
	s := "(";
	for(; l != nil; l = tl l){
		s += string hd l;
		if(tl l != nil)
			s += " ";
	}
	return s + ")";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	e: list of int;
	sys->print("empty == nil: %d len=%d\n", e == nil, len e);
	a := 1 :: 2 :: 3 :: nil;
	b := 1 :: 2 :: 3 :: nil;
	c := a;
	sys->print("a=%s b=%s\n", str(a), str(b));
	sys->print("a==b (refs): %d  a==c: %d  same(a,b): %d\n", a == b, a == c, same(a, b));
	t := tl a;
	d := 0 :: t;
	sys->print("d=%s shares tail: %d\n", str(d), tl d == tl a);
	r := rev(a);
	sys->print("rev=%s same(rev(rev a), a)=%d\n", str(r), same(rev(r), a));
	sys->print("len a=%d len tl tl tl a=%d nil? %d\n", len a, len tl tl tl a, tl tl tl a == nil);
	ll: list of list of int;
	ll = a :: b :: nil :: nil;
	n := 0;
	for(x := ll; x != nil; x = tl x)
		n += len hd x;
	sys->print("list of lists len=%d total=%d third nil=%d\n", len ll, n, hd tl tl ll == nil);
	s := "one" :: "two" :: nil;
	s2 := "zero" :: s;
	sys->print("strings %s %s %s\n", hd s2, hd tl s2, hd tl tl s2);
	p := (1, "x") :: (2, "y") :: nil;
	(k, v) := hd tl p;
	sys->print("tuple elt %d %s\n", k, v);
	{
		z := hd tl tl tl a;
		sys->print("not reached %d\n", z);
	} exception ex {
	"*" =>
		sys->print("hd of nil: %s\n", ex);
	}
	big1 := big 0 :: nil;
	for(i := 1; i < 5; i++)
		big1 = big i * hd big1 + big 7 :: big1;
	sys->print("big list head %bd len %d\n", hd big1, len big1);
}
