implement Tuples;

include "sys.m";
	sys: Sys;
include "draw.m";

Tuples: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

divmod(a, b: int): (int, int)
{
	return (a / b, a % b);
}

minmax(a: array of int): (int, int, int)
{
	if(len a == 0)
		return (0, 0, 0);
	lo := a[0];
	hi := a[0];
	for(i := 1; i < len a; i++){
		if(a[i] < lo)
			lo = a[i];
		if(a[i] > hi)
			hi = a[i];
	}
	return (lo, hi, len a);
}

nested(): (string, (int, real))
{
	return ("outer", (3, 0.5));
}

swap[T](a, b: T): (T, T)
{
	return (b, a);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== multiple results ==\n");
	(q, r) := divmod(47, 5);
	sys->print("47 divmod 5 = (%d, %d)\n", q, r);
	(lo, hi, n) := minmax(array[] of {4, -2, 9, 0});
	sys->print("minmax = (%d, %d, %d)\n", lo, hi, n);
	(nil, hi2, nil) := minmax(array[] of {1, 2, 3});
	sys->print("only hi = %d\n", hi2);
	sys->print("== swap via tuple assignment ==\n");
	x := 1;
	y := 2;
	(x, y) = (y, x);
	sys->print("x=%d y=%d\n", x, y);
	a := 1;
	b := 2;
	c := 3;
	(a, b, c) = (c, a, b);
	sys->print("rotate a=%d b=%d c=%d\n", a, b, c);
	sys->print("== tuple variables ==\n");
	t: (int, string);
	t = (7, "seven");
	(num, word) := t;
	sys->print("t = (%d, %s)\n", num, word);
	t2 := t;
	t2 = (8, "eight");
	(num, word) = t;
	sys->print("t after t2 change = (%d, %s)\n", num, word);
	t.t0 = 70;
	sys->print("t.t0 = %d t.t1 = %s\n", t.t0, t.t1);
	sys->print("== nested tuples ==\n");
	(s, inner) := nested();
	(k, f) := inner;
	sys->print("(%s, (%d, %g))\n", s, k, f);
	u := nested();
	sys->print("u.t1.t0 = %d\n", u.t1.t0);
	sys->print("== polymorphic swap ==\n");
	(s1, s2) := swap("left", "right");
	sys->print("%s %s\n", s1, s2);
	(l1, l2) := swap(10 :: nil, 20 :: 30 :: nil);
	sys->print("%d %d\n", len l1, len l2);
	sys->print("== tuples in arrays ==\n");
	tab := array[3] of (string, int);
	tab[0] = ("a", 1);
	tab[1] = ("b", 2);
	tab[2] = ("c", 3);
	sum := 0;
	keys := "";
	for(i := 0; i < len tab; i++){
		(kk, vv) := tab[i];
		keys += kk;
		sum += vv;
	}
	sys->print("keys %s sum %d\n", keys, sum);
	sys->print("== evaluation order in tuple assignment ==\n");
	arr := array[] of {0, 0, 0};
	j := 0;
	(arr[j], j) = (5, 2);
	sys->print("arr = %d %d %d, j = %d\n", arr[0], arr[1], arr[2], j);
}
