# exercises tuples: returning, destructuring, nested tuples, nil in patterns, tuple assignment swap
#deviation: emu dies with a segmentation violation destructuring a nested tuple a function returns (a bug of the real compiler or emu); disbridge gives the values
implement Tuples;
include "sys.m";
include "draw.m";
sys: Sys;
Tuples: module { init: fn(nil: ref Draw->Context, nil: list of string); };
divmod(a, b: int): (int, int)
{
	return (a / b, a % b);
}
nest(): (int, (string, real), big)
{
	return (1, ("two", 3.0), big 4);
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	(q, r) := divmod(47, 5);
	sys->print("%d %d\n", q, r);
	(q, r) = (r, q);
	sys->print("%d %d\n", q, r);
	(a, (s, x), b) := nest();
	sys->print("%d %s %g %bd\n", a, s, x, b);
	(nil, (s2, nil), nil) := nest();
	sys->print("%s\n", s2);
	t := divmod(-7, 2);
	(u, v) := t;
	sys->print("%d %d\n", u, v);
	pairs := array[] of {(1, "one"), (2, "two")};
	for(i := 0; i < len pairs; i++){ (n, w) := pairs[i]; sys->print("%d=%s ", n, w); }
	sys->print("\n");
	tt: (int, string);
	(n0, s0) := tt;
	sys->print("%d [%s] %d\n", n0, s0, s0 == nil);
	tt = (9, "nine");
	(n1, s1) := tt;
	sys->print("%d %s\n", n1, s1);
	k, m: int;
	(k, m) = (m, k) = (5, 6);
	sys->print("%d %d\n", k, m);
}
