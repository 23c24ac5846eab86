# exercises big arithmetic: overflow wraparound, shifts, division, comparisons, mixed conversions
implement Bigops;
include "sys.m";
include "draw.m";
sys: Sys;
Bigops: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := big 16r7fffffffffffffff;
	sys->print("%bd %bd\n", a, a + big 1);
	b := big -17; c := big 5;
	sys->print("%bd %bd %bd %bd\n", b / c, b % c, -b / c, b / -c);
	sys->print("%bx %bo\n", big 255 << 32, big 8);
	sys->print("%bd %bd\n", b >> 1, big -1 >> 63);
	sys->print("%d %d %d\n", b < c, a > big 0, big 0 == big -0);
	d := big 1; for(i := 0; i < 70; i++) d *= big 3;
	sys->print("%bd\n", d);
	e := big 12345678 * big 87654321;
	sys->print("%bd %d\n", e, int e);
	f := big 2 ** 40;
	sys->print("%bd\n", f);
	g := big 16rf0f0 & big 16rff00 | big 1 ^ big 3;
	sys->print("%bd %bd\n", g, ~big 0);
	n := 2000000000; m := n + n;
	sys->print("%d %bd\n", m, big n + big n);
	sys->print("%d\n", -2147483647 - 1);
	x := big 1000000007; y := x * x % big 998244353;
	sys->print("%bd\n", y);
}
