# exercises operator precedence, shifts, bit ops, unary ops, comparisons
implement Prec;
include "sys.m";
include "draw.m";
sys: Sys;
Prec: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := 7; b := 3; c := -13;
	sys->print("%d %d %d\n", a + b * 2, (a + b) * 2, a - b - 2);
	sys->print("%d %d %d %d\n", c / b, c % b, -c / b, -c % -b);
	sys->print("%d %d %d\n", a << 2 + 1, a & b | 8, a ^ b & 1);
	sys->print("%d %d\n", ~a, !(a > b));
	sys->print("%d %d\n", c >> 2, 1 << 31 >> 31);
	sys->print("%d\n", a ** 3);
	x := 2; x **= 10; sys->print("%d\n", x);
	x += x <<= 1; sys->print("%d\n", x);
	y := big 1 << 40; sys->print("%bd %bd\n", y, y >> 3 | big 5);
	sys->print("%d %d %d\n", a > b && b > 0, a < b || c < 0, a == 7 && !(b != 3));
	z := 100; z /= 7; z %= 5; sys->print("%d\n", z);
	z = 6; z |= 9; z &= 12; z ^= 5; sys->print("%d\n", z);
	u := 16r7fffffff; u++; sys->print("%d\n", u);
	v := -1; sys->print("%ux %x\n", v, v);
	r := 2.5 ** 3; sys->print("%g\n", r);
	sys->print("%d\n", 17 / 4 * 4 + 17 % 4);
}
