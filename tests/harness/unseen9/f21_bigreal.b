implement BigReal;

include "sys.m";
	sys: Sys;
include "draw.m";

BigReal: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

fact(n: int): big
{
	r := big 1;
	for(i := 2; i <= n; i++)
		r *= big i;
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(n := 18; n <= 22; n++)
		sys->print("%d! = %bd\n", n, fact(n));
	max := (big 1 << 63) - big 1;
	sys->print("max=%bd max+1=%bd\n", max, max + big 1);
	sys->print("-max-1 = %bd\n", -max - big 1);
	sys->print("big >> keeps sign: %bd %bd\n", big -256 >> 4, big -1 >> 63);
	sys->print("big & | ^: %bd %bd %bd\n", big 12 & big 10, big 12 | big 10, big 12 ^ big 10);
	sys->print("big ** : %bd\n", big 3 ** 40);
	sys->print("int ** : %d %d\n", 2 ** 10, (-3) ** 3);
	sys->print("real ** : %g %g\n", 2.0 ** 10, 2.0 ** -2);
	# precedence corners
	sys->print("1 + 2 << 3 = %d\n", 1 + 2 << 3);
	sys->print("-2 ** 2 = %d\n", -2 ** 2);
	sys->print("5 & 3 == 1 -> %d\n", 5 & 3 == 1);
	sys->print("10 - 4 - 3 = %d, 2 ** 3 ** 2 = %d\n", 10 - 4 - 3, 2 ** 3 ** 2);
	# reals
	x := 0.1 + 0.2;
	sys->print("0.1+0.2 == 0.3? %d  diff tiny? %d\n", x == 0.3, x - 0.3 < 1e-15);
	sys->print("%.20f\n", x);
	sys->print("%e %E %f %g\n", 12345.678, 0.000123, 1.0/8.0, 1e21);
	sys->print("%5.2f|%-8.3f|%08.2f\n", 3.14159, 2.71828, -1.5);
	sys->print("real big max = %g\n", real max);
	sys->print("big of 1e18 real = %bd\n", big 1e18);
	sys->print("int of -0.49 = %d, of 0.49 = %d\n", int -0.49, int 0.49);
}
