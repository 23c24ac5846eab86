# exercises lists: cons, hd, tl, reverse, lists of tuples and lists of lists, len
implement Lists;
include "sys.m";
include "draw.m";
sys: Sys;
Lists: module { init: fn(nil: ref Draw->Context, nil: list of string); };
rev[T](l: list of T): list of T
{
	r: list of T;
	for(; l != nil; l = tl l) r = hd l :: r;
	return r;
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := 1 :: 2 :: 3 :: nil;
	sys->print("%d %d %d\n", len l, hd l, hd tl tl l);
	l = 0 :: l;
	for(p := rev(l); p != nil; p = tl p) sys->print("%d ", hd p);
	sys->print("\n");
	t: list of (string, int);
	t = ("a", 1) :: ("b", 2) :: t;
	for(q := t; q != nil; q = tl q){ (s, n) := hd q; sys->print("%s%d ", s, n); }
	sys->print("\n");
	ll := (1 :: nil) :: (2 :: 3 :: nil) :: nil;
	sys->print("%d %d\n", len ll, len hd tl ll);
	e: list of real;
	sys->print("%d %d\n", len e, e == nil);
	sl := "x" :: "y" :: nil;
	sl2 := "w" :: sl;
	sys->print("%s %s %d\n", hd sl2, hd tl sl2, len sl);
	bl := big 5 :: big -6 :: nil;
	sys->print("%bd\n", hd bl + hd tl bl);
	rl := 1.5 :: nil;
	sys->print("%g\n", hd rl * 2.0);
	al := array[] of {1} :: nil;
	sys->print("%d\n", (hd al)[0]);
	(x, nil) := hd t;
	sys->print("%s\n", x);
	tot := 0;
	for(i := 0; i < 100; i++) l = i :: l;
	for(; l != nil; l = tl l) tot += hd l;
	sys->print("%d\n", tot);
}
