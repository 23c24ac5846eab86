implement PrintBig;

include "sys.m";
	sys: Sys;
include "draw.m";

PrintBig: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

fact(n: int): big
{
	r := big 1;
	for(i := 2; i <= n; i++)
		r *= big i;
	return r;
}

fib(n: int): big
{
	(a, b) := (big 0, big 1);
	for(i := 0; i < n; i++)
		(a, b) = (b, a + b);
	return a;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(n := 5; n <= 20; n += 5)
		sys->print("%2d! = %bd (%bx)\n", n, fact(n), fact(n));
	sys->print("fib90 = %bd\n", fib(90));
	m := big 16r7fffffffffffffff;
	sys->print("max %bd\n%bx\n", m, m);
	sys->print("min %bd\n", -m - big 1);
	sys->print("overflow wraps %bd\n", m + big 1);
	sys->print("[%20bd] [%-20bd]|\n", big 123456789, big -987654321);
	sys->print("[%bo] [%#bx]\n", big 4095, big 48879);
	sys->print("shifts %bd %bd\n", big 1 << 62, big -256 >> 4);
	sys->print("mix %bd %bd\n", big 7 / big 2, big -7 % big 3);
	b := big 0;
	b += big 1000000007;
	b *= b;
	sys->print("square %bd mod %bd\n", b, b % big 1000000007);
	sys->print("cmp %d %d\n", big 3 < big 10, big -1 > big 0);
}
