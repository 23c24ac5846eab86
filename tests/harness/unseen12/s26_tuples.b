implement Tuples;

include "sys.m";
	sys: Sys;
include "draw.m";

Tuples: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Cell: adt {
	v: int;
};

Stats: type (int, int, real);	# min, max, mean

stats(a: array of int): Stats
{
	if(len a == 0)
		return (0, 0, 0.0);
	(lo, hi, sum) := (a[0], a[0], 0);
	for(i := 0; i < len a; i++) {
		if(a[i] < lo)
			lo = a[i];
		if(a[i] > hi)
			hi = a[i];
		sum += a[i];
	}
	return (lo, hi, real sum / real len a);
}

divmod(a, b: int): (int, int)
{
	return (a / b, a % b);
}

# fibonacci with a tuple swap
fib(n: int): big
{
	(a, b) := (big 0, big 1);
	while(n-- > 0)
		(a, b) = (b, a + b);
	return a;
}

# extended euclid returning a nested tuple
egcd(a, b: int): (int, (int, int))
{
	if(b == 0)
		return (a, (1, 0));
	(g, (x, y)) := egcd(b, a % b);
	return (g, (y, x - (a / b) * y));
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	(lo, hi, mean) := stats(array[] of {4, -2, 17, 9, 0, 3});
	sys->print("min %d max %d mean %.4f\n", lo, hi, mean);
	(lo, nil, nil) = stats(array[0] of int);
	sys->print("empty min %d\n", lo);

	(q, r) := divmod(47, 5);
	sys->print("47 = 5*%d + %d\n", q, r);

	for(n := 0; n <= 90; n += 15)
		sys->print("fib(%d) = %bd\n", n, fib(n));

	pairs := array[] of {(240, 46), (17, 5), (0, 7), (12, -8)};
	for(i := 0; i < len pairs; i++) {
		(a, b) := pairs[i];
		(g, (x, y)) := egcd(a, b);
		sys->print("egcd(%d,%d): g=%d x=%d y=%d check %d\n", a, b, g, x, y, a * x + b * y);
	}

	# rotate three values
	(p1, p2, p3) := ("a", "b", "c");
	for(k := 0; k < 4; k++) {
		sys->print("%s%s%s ", p1, p2, p3);
		(p1, p2, p3) = (p2, p3, p1);
	}
	sys->print("\n");

	# tuple assignment where a target index depends on a target being assigned
	arr := array[4] of {* => 0};
	j := 1;
	(j, arr[j]) = (3, 99);
	sys->print("after (j, arr[j]) = (3, 99): j=%d arr=%d %d %d %d\n", j, arr[0], arr[1], arr[2], arr[3]);

	# tuples in lists and channels
	tl1 := (1, "one") :: (2, "two") :: (3, "three") :: nil;
	total := 0;
	names := "";
	for(; tl1 != nil; tl1 = tl tl1) {
		(v, s) := hd tl1;
		total += v;
		names += s[0:1];
	}
	sys->print("total %d initials %s\n", total, names);

	c := chan[3] of (string, int, real);
	c <-= ("x", 1, 0.5);
	c <-= ("y", 2, 1.5);
	c <-= ("z", 3, 2.5);
	for(k = 0; k < 3; k++) {
		(s, v, f) := <-c;
		sys->print("recv %s %d %g\n", s, v, real v * f);
	}

	# tuple of an adt value and a ref: copies vs sharing
	cell := ref Cell(1);
	tup := (*cell, cell);
	cell.v = 2;
	(val, rf) := tup;
	sys->print("copied value %d, shared ref %d\n", val.v, rf.v);

	# tuples compared field by field by hand
	t1 := (1, "a");
	t2 := (1, "a");
	(x1, y1) := t1;
	(x2, y2) := t2;
	sys->print("t1 equals t2: %d\n", x1 == x2 && y1 == y2);
}
