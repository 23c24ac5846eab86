implement ListOps;

include "sys.m";
	sys: Sys;
include "draw.m";

ListOps: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

range(a, b: int): list of int
{
	l: list of int;
	for(i := b - 1; i >= a; i--)
		l = i :: l;
	return l;
}

show(name: string, l: list of int)
{
	s := name + " (" + string len l + "):";
	for(; l != nil; l = tl l)
		s += " " + string hd l;
	sys->print("%s\n", s);
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
	while(l != nil){
		a = hd l :: a;
		l = tl l;
		if(l != nil){
			b = hd l :: b;
			l = tl l;
		}
	}
	return merge(msort(a), msort(b));
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	r := range(3, 9);
	show("range", r);
	show("tl tl", tl tl r);
	sys->print("hd tl %d\n", hd tl r);
	l := 5 :: 1 :: 9 :: 3 :: 7 :: 2 :: 8 :: nil;
	show("raw", l);
	show("sorted", msort(l));
	ll: list of list of int;
	ll = r :: l :: nil :: ll;
	sys->print("list of lists %d, inner %d %d %d\n", len ll, len hd ll, len hd tl ll, len hd tl tl ll);
	ls := "x" :: "y" :: nil;
	ls = "w" :: ls;
	sys->print("strings %s %s %d\n", hd ls, hd tl tl ls, tl tl tl ls == nil);
	t := (1, "a") :: (2, "b") :: nil;
	(n, s) := hd tl t;
	sys->print("tuple list %d %s\n", n, s);
}
