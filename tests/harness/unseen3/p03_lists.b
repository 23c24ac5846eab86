implement P03;
include "sys.m";
	sys: Sys;
include "draw.m";
P03: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

revi(l: list of int): list of int
{
	r: list of int;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

revs(l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

ints(l: list of int): string
{
	s := "[";
	for(; l != nil; l = tl l){
		s += string hd l;
		if(tl l != nil)
			s += " ";
	}
	return s + "]";
}

merge(a, b: list of int): list of int
{
	if(a == nil) return b;
	if(b == nil) return a;
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
	l: list of int;
	sys->print("empty %s len %d nil? %d\n", ints(l), len l, l == nil);
	for(i := 0; i < 10; i++)
		l = (i * 7) % 11 - 3 :: l;
	sys->print("l %s len %d\n", ints(l), len l);
	sys->print("rev %s\n", ints(revi(l)));
	sys->print("sorted %s\n", ints(msort(l)));
	sl := "c" :: "a" :: "b" :: nil;
	sr := revs(sl);
	sys->print("%s %s %s\n", hd sr, hd tl sr, hd tl tl sr);
	ll := (1 :: 2 :: nil) :: nil :: (3 :: nil) :: nil;
	for(x := ll; x != nil; x = tl x)
		sys->print("sub %s\n", ints(hd x));
	pairs := (1, "one") :: (2, "two") :: nil;
	(n, s) := hd tl pairs;
	sys->print("%d=%s\n", n, s);
	l2 := l;
	l2 = 100 :: l2;
	sys->print("shared tail %d %d\n", len l, len l2);
	r := 0 :: 1 :: 2 :: nil;
	sys->print("hd %d tl-hd %d\n", hd r, hd tl r);
	{
		e: list of int;
		sys->print("%d\n", hd e);
	} exception x {
	"*" => sys->print("exc: %s\n", x);
	}
}
