implement ListTuples;

include "sys.m";
	sys: Sys;
include "draw.m";

ListTuples: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

rev(l: list of int): list of int
{
	r: list of int;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

zip(a: list of int, b: list of string): list of (int, string)
{
	if(a == nil || b == nil)
		return nil;
	return (hd a, hd b) :: zip(tl a, tl b);
}

unzip(l: list of (int, string)): (list of int, list of string)
{
	if(l == nil)
		return (nil, nil);
	(n, s) := hd l;
	(ns, ss) := unzip(tl l);
	return (n :: ns, s :: ss);
}

range(lo, hi: int): list of int
{
	l: list of int;
	for(i := hi - 1; i >= lo; i--)
		l = i :: l;
	return l;
}

ints(l: list of int): string
{
	s := "(";
	for(; l != nil; l = tl l){
		s += string hd l;
		if(tl l != nil)
			s += " ";
	}
	return s + ")";
}

strs(l: list of string): string
{
	s := "(";
	for(; l != nil; l = tl l){
		s += hd l;
		if(tl l != nil)
			s += " ";
	}
	return s + ")";
}

minmax(l: list of int): (int, int, int)
{
	if(l == nil)
		return (0, 0, 0);
	lo := hd l;
	hi := hd l;
	n := 0;
	for(; l != nil; l = tl l){
		if(hd l < lo)
			lo = hd l;
		if(hd l > hi)
			hi = hd l;
		n++;
	}
	return (lo, hi, n);
}

split(l: list of int, p: int): (list of int, list of int)
{
	small, large: list of int;
	for(; l != nil; l = tl l)
		if(hd l < p)
			small = hd l :: small;
		else
			large = hd l :: large;
	return (rev(small), rev(large));
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := range(1, 8);
	sys->print("range %s len %d\n", ints(l), len l);
	sys->print("rev   %s\n", ints(rev(l)));
	names := "one" :: "two" :: "three" :: "four" :: "five" :: nil;
	z := zip(l, names);
	sys->print("zip has %d pairs\n", len z);
	for(p := z; p != nil; p = tl p){
		(n, s) := hd p;
		sys->print("  %d -> %s\n", n, s);
	}
	(a, b) := unzip(z);
	sys->print("unzip %s %s\n", ints(a), strs(b));
	(lo, hi, cnt) := minmax(9 :: -3 :: 14 :: 0 :: 7 :: nil);
	sys->print("min %d max %d count %d\n", lo, hi, cnt);
	(sm, lg) := split(5 :: 1 :: 9 :: 3 :: 7 :: 2 :: 8 :: nil, 5);
	sys->print("split %s | %s\n", ints(sm), ints(lg));
	nested := ((1, "a"), (2.5, big 7));
	((x, y), (r, bg)) := nested;
	sys->print("nested %d %s %g %bd\n", x, y, r, bg);
	(x, y) = (y == "a", "b");
	sys->print("reassigned %d %s\n", x, y);
	ll := l :: rev(l) :: nil :: range(0, 3) :: nil;
	for(; ll != nil; ll = tl ll)
		sys->fprint(sys->fildes(2), "sub %s\n", ints(hd ll));
}
