implement ListCorners;

include "sys.m";
	sys: Sys;
include "draw.m";

ListCorners: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

rev(l: list of int): list of int
{
	r: list of int;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

pr(tag: string, l: list of int)
{
	sys->print("%s(%d):", tag, len l);
	for(; l != nil; l = tl l)
		sys->print(" %d", hd l);
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := 1 :: 2 :: 3 :: nil;		# :: is right associative
	b := 0 :: a;				# shares the tail
	c := tl a;
	pr("a", a);
	pr("b", b);
	pr("c", c);
	sys->print("tl b == a: %d, tl tl b == c: %d\n", tl b == a, tl tl b == c);
	pr("rev b", rev(b));
	pr("a still", a);
	# list of lists
	ll: list of list of int = a :: c :: nil :: nil;
	sys->print("ll len=%d last empty=%d\n", len ll, hd tl tl ll == nil);
	# list of arrays shares arrays
	arr := array[] of {5, 6};
	la := arr :: arr :: nil;
	(hd la)[0] = 50;
	sys->print("arr[0]=%d via second=%d\n", arr[0], (hd tl la)[0]);
	# cons onto expression results
	n := len (7 :: 8 :: a);
	sys->print("len of 7::8::a = %d\n", n);
	# string list built backwards, joined
	words := "c" :: "b" :: "a" :: nil;
	s := "";
	for(w := words; w != nil; w = tl w)
		s = hd w + s;
	sys->print("joined=%s\n", s);
	# tl of single element list is nil
	one := 42 :: nil;
	sys->print("tl one == nil: %d\n", tl one == nil);
	# hd of nil is a runtime error
	empty := tl one;
	sys->print("taking hd of empty list...\n");
	x := hd empty;
	sys->print("never %d\n", x);
}
