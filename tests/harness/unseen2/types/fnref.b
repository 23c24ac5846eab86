# exercises function references (ref fn), passing functions, arrays of function refs
implement Fnref;
include "sys.m";
include "draw.m";
sys: Sys;
Fnref: module { init: fn(nil: ref Draw->Context, nil: list of string); };
sq(x: int): int { return x * x; }
neg(x: int): int { return -x; }
twice(f: ref fn(x: int): int, x: int): int { return f(f(x)); }
mapl(f: ref fn(x: int): int, l: list of int): list of int
{
	if(l == nil) return nil;
	return f(hd l) :: mapl(f, tl l);
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	f: ref fn(x: int): int;
	f = sq;
	sys->print("%d %d\n", f(7), twice(sq, 3));
	fs := array[] of {sq, neg, sq};
	acc := 2;
	for(i := 0; i < len fs; i++) acc = fs[i](acc);
	sys->print("%d\n", acc);
	for(l := mapl(neg, 1 :: 2 :: 3 :: nil); l != nil; l = tl l) sys->print("%d ", hd l);
	sys->print("\n");
	g: ref fn(x: int): int;
	sys->print("%d %d\n", g == nil, f == nil);
	g = neg;
	sys->print("%d\n", twice(g, 5));
}
