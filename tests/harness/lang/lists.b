implement Lists;

include "sys.m";
	sys: Sys;
include "draw.m";

Lists: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

pr(l: list of int)
{
	sys->print("(%d)", len l);
	for(; l != nil; l = tl l)
		sys->print(" %d", hd l);
	sys->print("\n");
}

rev(l: list of int): list of int
{
	r: list of int;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := 1 :: 2 :: 3 :: nil;
	pr(l);
	pr(rev(l));
	m := 0 :: l;
	pr(m);
	pr(tl tl m);
	sys->print("shared tail %d\n", tl m == l);
	e: list of int;
	pr(e);
	sys->print("nil %d len %d\n", e == nil, len e);
	{
		sys->print("hd nil %d\n", hd e);
	} exception x {
	"*" =>
		sys->print("hd nil: %s\n", x);
	}
	{
		e = tl e;
		sys->print("tl nil ok\n");
	} exception x {
	"*" =>
		sys->print("tl nil: %s\n", x);
	}
	s := "a" :: "b" :: nil;
	s = "z" :: s;
	for(t := s; t != nil; t = tl t)
		sys->print("[%s]", hd t);
	sys->print("\n");
	ll := (1 :: nil) :: (2 :: 3 :: nil) :: nil;
	sys->print("nested %d %d %d\n", len ll, hd hd tl ll, len hd tl ll);
	tup := (1, "one") :: (2, "two") :: nil;
	(n, w) := hd tl tup;
	sys->print("tuple list %d %s\n", n, w);
	rl := 1.5 :: 2.5 :: nil;
	sys->print("reals %g\n", hd tl rl);
	bl := big 1 << 40 :: nil;
	sys->print("big %bd\n", hd bl);
	by := byte 300 :: nil;
	sys->print("byte %d\n", int hd by);
	al := array[] of {1, 2} :: nil;
	(hd al)[0] = 9;
	sys->print("array in list %d\n", (hd al)[0]);
	x := 10;
	c := x :: x + 1 :: x * 2 :: nil;
	pr(c);
	cnt := 0;
	for(t = s; t != nil; t = tl t)
		cnt++;
	sys->print("count %d\n", cnt);
	ch := 'a' :: 'b' :: nil;
	sys->print("chars %c%c\n", hd ch, hd tl ch);
	big1: list of int;
	for(i := 0; i < 1000; i++)
		big1 = i :: big1;
	sys->print("long %d %d\n", len big1, hd big1);
	p := l;
	l = 5 :: l;
	sys->print("old %d new %d\n", len p, len l);
	sys->print("eq %d %d\n", (1 :: nil) == (1 :: nil), p == tl l);
}
