implement Tuples;

include "sys.m";
	sys: Sys;
include "draw.m";

Tuples: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

divmod(a, b: int): (int, int)
{
	return (a / b, a % b);
}

minmax(a: array of int): (int, int, int)
{
	lo := a[0];
	hi := a[0];
	at := 0;
	for(i := 1; i < len a; i++) {
		if(a[i] < lo)
			lo = a[i];
		if(a[i] > hi) {
			hi = a[i];
			at = i;
		}
	}
	return (lo, hi, at);
}

fib(n: int): (int, int)
{
	(a, b) := (0, 1);
	for(i := 0; i < n; i++)
		(a, b) = (b, a + b);
	return (a, b);
}

namepair(t: (string, int)): string
{
	(s, n) := t;
	return sys->sprint("%s#%d", s, n);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	(q, r) := divmod(47, 5);
	sys->print("47/5 = %d rem %d\n", q, r);
	(q, r) = divmod(-47, 5);
	sys->print("-47/5 = %d rem %d\n", q, r);
	(q, r) = divmod(47, -5);
	sys->print("47/-5 = %d rem %d\n", q, r);

	x := 1;
	y := 2;
	z := 3;
	(x, y, z) = (z, x, y);
	sys->print("rotated %d %d %d\n", x, y, z);
	(x, y) = (y, x);
	sys->print("swapped %d %d\n", x, y);

	(lo, hi, at) := minmax(array[] of {5, -3, 17, 8, 17, 0});
	sys->print("lo=%d hi=%d at=%d\n", lo, hi, at);
	(nil, hi2, nil) := minmax(array[] of {1, 9, 2});
	sys->print("hi2=%d\n", hi2);

	for(n := 0; n <= 10; n += 5) {
		(f, g) := fib(n);
		sys->print("fib(%d)=%d next=%d\n", n, f, g);
	}

	t := ("alpha", 7);
	sys->print("%s\n", namepair(t));
	t2 := t;
	(s0, n0) := t2;
	sys->print("%s %d\n", s0, n0 + 1);

	pairs := array[] of {("one", 1), ("two", 2), ("three", 3)};
	total := 0;
	for(i := 0; i < len pairs; i++) {
		(nm, v) := pairs[i];
		total += v * len nm;
	}
	sys->print("weighted=%d\n", total);

	lt: list of (string, int);
	for(i = 0; i < len pairs; i++)
		lt = pairs[i] :: lt;
	for(; lt != nil; lt = tl lt)
		sys->print("%s ", namepair(hd lt));
	sys->print("\n");

	nested := ((1, 2), ("x", (3.5, "deep")));
	((a, b), (c, (d, e))) := nested;
	sys->print("%d %d %s %g %s\n", a, b, c, d, e);
}
