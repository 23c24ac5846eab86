implement Operators;

include "sys.m";
	sys: Sys;
include "draw.m";

Operators: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := 29;
	b := 6;
	sys->print("+ %d - %d * %d / %d %% %d\n", a + b, a - b, a * b, a / b, a % b);
	sys->print("neg: %d / %d = %d rem %d\n", -a, b, -a / b, -a % b);
	sys->print("& %d | %d ^ %d\n", a & b, a | b, a ^ b);
	sys->print("<< %d >> %d neg>> %d\n", a << 3, a >> 2, -a >> 2);
	sys->print("~a %d !a %d !0 %d\n", ~a, !a, !0);
	sys->print("** %d %d %d\n", 2 ** 10, 3 ** 4, b ** 0);
	sys->print("big ** %bd\n", big 2 ** 62);
	sys->print("real ** %g %g\n", 1.5 ** 2, 2.0 ** -2);
	sys->print("cmp %d %d %d %d %d %d\n", a < b, a <= b, a > b, a >= b, a == b, a != b);
	x := 5;
	x += 3; sys->print("+= %d\n", x);
	x -= 1; sys->print("-= %d\n", x);
	x *= 4; sys->print("*= %d\n", x);
	x /= 3; sys->print("/= %d\n", x);
	x %= 5; sys->print("%%= %d\n", x);
	x <<= 4; sys->print("<<= %d\n", x);
	x >>= 1; sys->print(">>= %d\n", x);
	x |= 3; sys->print("|= %d\n", x);
	x &= 6; sys->print("&= %d\n", x);
	x ^= 15; sys->print("^= %d\n", x);
	x **= 2; sys->print("**= %d\n", x);
	y := x++;
	z := --x;
	sys->print("post/pre %d %d %d\n", y, z, x);
	bb := byte 250;
	bb += byte 10;
	sys->print("byte wrap %d\n", int bb);
	sys->print("precedence %d %d %d\n", 2 + 3 * 4, (2 + 3) * 4, 1 << 2 + 1);
	sys->print("assoc %d %d\n", 100 / 10 / 5, 2 ** 3 ** 2);
}
