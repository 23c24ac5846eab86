implement Poly;
include "sys.m";
	sys: Sys;
include "draw.m";
Poly: module { init: fn(nil: ref Draw->Context, nil: list of string); };

rev[T](l: list of T): list of T
{
	r: list of T;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

double(x: int): int
{
	return 2 * x;
}

apply(f: ref fn(x: int): int, v: int): int
{
	return f(v);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := rev(1 :: 2 :: 3 :: nil);
	sys->print("%d\n", hd l);
	s := rev("a" :: "b" :: nil);
	sys->print("%s\n", hd s);
	sys->print("%d\n", apply(double, 21));
	g := double;
	sys->print("%d\n", g(5));
}
