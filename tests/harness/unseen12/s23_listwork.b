implement ListWork;

include "sys.m";
	sys: Sys;
include "draw.m";

ListWork: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

rev(l: list of (string, int)): list of (string, int)
{
	r: list of (string, int);
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

# split into two halves, alternately
split(l: list of (string, int)): (list of (string, int), list of (string, int))
{
	a, b: list of (string, int);
	for(i := 0; l != nil; l = tl l) {
		if(i++ & 1)
			b = hd l :: b;
		else
			a = hd l :: a;
	}
	return (a, b);
}

merge(a, b: list of (string, int)): list of (string, int)
{
	r: list of (string, int);
	while(a != nil && b != nil) {
		(nil, x) := hd a;
		(nil, y) := hd b;
		if(x <= y) {
			r = hd a :: r;
			a = tl a;
		} else {
			r = hd b :: r;
			b = tl b;
		}
	}
	for(; a != nil; a = tl a)
		r = hd a :: r;
	for(; b != nil; b = tl b)
		r = hd b :: r;
	return rev(r);
}

sort(l: list of (string, int)): list of (string, int)
{
	if(l == nil || tl l == nil)
		return l;
	(a, b) := split(l);
	return merge(sort(a), sort(b));
}

show(tag: string, l: list of (string, int))
{
	sys->print("%s:", tag);
	for(; l != nil; l = tl l) {
		(s, n) := hd l;
		sys->print(" %s=%d", s, n);
	}
	sys->print("\n");
}

nth[T](l: list of T, n: int): T
{
	while(n-- > 0)
		l = tl l;
	return hd l;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	scores := ("eve", 88) :: ("dan", 72) :: ("ann", 95) :: ("bob", 72) :: ("cat", 60) :: ("fay", 88) :: nil;
	show("input", scores);
	s := sort(scores);
	show("sorted", s);
	show("reversed", rev(s));
	show("input again", scores);

	# sharing: two lists with a common tail
	common := ("x", 1) :: ("y", 2) :: nil;
	l1 := ("a", 0) :: common;
	l2 := ("b", 0) :: ("c", 0) :: common;
	sys->print("shared tail: %d %d\n", tl l1 == tl tl l2, len l1 + len l2);

	# list of lists: group names by score
	groups: list of list of string;
	keys: list of int;
	for(l := s; l != nil; ) {
		(nil, k) := hd l;
		g: list of string;
		while(l != nil) {
			(nm, kk) := hd l;
			if(kk != k)
				break;
			g = nm :: g;
			l = tl l;
		}
		groups = g :: groups;
		keys = k :: keys;
	}
	for(; groups != nil; (groups, keys) = (tl groups, tl keys)) {
		sys->print("%d:", hd keys);
		for(g := hd groups; g != nil; g = tl g)
			sys->print(" %s", hd g);
		sys->print(" (%d)\n", len hd groups);
	}

	# nth via a polymorphic function, including past the end
	# (type parameters must be reference types, so no list of int here)
	words := "ten" :: "twenty" :: "thirty" :: nil;
	for(i := 0; i <= 3; i++) {
		{
			sys->print("nth(%d) = %s\n", i, nth(words, i));
		} exception e {
		"*" =>
			sys->print("nth(%d): %s\n", i, e);
		}
	}
	cells := ref (1, "one") :: ref (2, "two") :: nil;
	(cn, cs) := *nth(cells, 1);
	sys->print("nth ref tuple %d %s\n", cn, cs);

	# lists of refs to arrays: modifying through hd
	arrs := array[2] of {* => 0} :: array[3] of {* => 1} :: nil;
	(hd arrs)[1] = 42;
	(hd tl arrs)[0:] = array[] of {7, 8};
	for(al := arrs; al != nil; al = tl al) {
		a := hd al;
		for(j := 0; j < len a; j++)
			sys->print("%d ", a[j]);
		sys->print("| ");
	}
	sys->print("\n");

	# hd of a list of tuples pulled apart inline
	(nm, sc) := hd tl tl s;
	sys->print("third place: %s with %d\n", nm, sc);
}
