implement Swap;

include "sys.m";
	sys: Sys;
include "draw.m";

Swap: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

gcd(a, b: int): int
{
	while(b != 0)
		(a, b) = (b, a % b);
	return a;
}

fib(n: int): big
{
	(x, y) := (big 0, big 1);
	for(i := 0; i < n; i++)
		(x, y) = (y, x+y);
	return x;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := 1;
	b := 2;
	(a, b) = (b, a);
	sys->print("swap: a=%d b=%d\n", a, b);
	c := 3;
	(a, b, c) = (c, a, b);
	sys->print("rotate: a=%d b=%d c=%d\n", a, b, c);
	sys->print("gcd(1071,462)=%d gcd(17,5)=%d gcd(0,9)=%d\n", gcd(1071, 462), gcd(17, 5), gcd(0, 9));
	sys->print("fib(90)=%bd\n", fib(90));
	arr := array[] of {5, 3, 9, 1, 7, 2};
	for(i := 0; i < len arr; i++)
		for(j := 0; j < len arr - 1 - i; j++)
			if(arr[j] > arr[j+1])
				(arr[j], arr[j+1]) = (arr[j+1], arr[j]);
	s := "";
	for(i = 0; i < len arr; i++)
		s += " " + string arr[i];
	sys->print("sorted:%s\n", s);
	x := "left";
	y := "right";
	(x, y) = (y, x);
	sys->print("strings: %s %s\n", x, y);
	(q, r) := divmod(47, 5);
	sys->print("divmod(47,5) = %d %d\n", q, r);
	(q, nil) = divmod(-47, 5);
	sys->print("divmod(-47,5) quotient = %d\n", q);
	t := (1, ("nested", 2.5));
	(n, inner) := t;
	(w, f) := inner;
	sys->print("nested tuple %d %s %g\n", n, w, f);
	i = 0;
	k := array[3] of {* => 0};
	(i, k[1]) = (2, 9);
	sys->print("k = %d %d %d  i=%d\n", k[0], k[1], k[2], i);
}

divmod(a, b: int): (int, int)
{
	return (a / b, a % b);
}
