implement Precedence;

include "sys.m";
	sys: Sys;
include "draw.m";

Precedence: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := 6; b := 3; c := 1; d := 2;
	sys->print("1 %d %d\n", a | b & c, (a | b) & c);
	sys->print("2 %d %d\n", a ^ b | c, a ^ (b | c));
	sys->print("3 %d %d\n", a & b == c, (a & b) == c);
	sys->print("4 %d %d\n", a == b < c, (a == b) < c);
	sys->print("5 %d %d\n", a < b << c, (a < b) << c);
	sys->print("6 %d %d\n", a << b + c, (a << b) + c);
	sys->print("7 %d %d\n", a + b * c, (a + b) * c);
	sys->print("8 %d %d\n", a * b ** d, (a * b) ** d);
	sys->print("9 %d %d\n", d ** d ** b, (d ** d) ** b);
	sys->print("10 %d %d\n", -d ** d, (-d) ** d);
	sys->print("11 %d %d\n", a - b - c, a - (b - c));
	sys->print("12 %d %d\n", a / b / d, a / (b / d));
	sys->print("13 %d %d\n", a % b * d, a % (b * d));
	sys->print("14 %d %d\n", a || b && 0, (a || b) && 0);
	sys->print("15 %d %d\n", !a == 0, !(a == 0));
	sys->print("16 %d %d\n", ~a & 7, ~(a & 7));
	sys->print("17 %d %d\n", a > b == b > c, (a > b) == (b > c));
	sys->print("18 %d\n", a & 1 | b & 2 ^ c);
	sys->print("19 %d\n", a + b << c + d);
	sys->print("20 %d\n", a - -b - - c);
	l := a :: b :: nil;
	sys->print("21 %d %d\n", len l, hd l);
	sys->print("22 %d\n", len (a + b :: nil));
	x := 0;
	y := 0;
	x = y = a + b;
	sys->print("23 %d %d\n", x, y);
	x += y *= 2;
	sys->print("24 %d %d\n", x, y);
	arr := array[] of {10, 20, 30};
	i := 0;
	sys->print("25 %d %d\n", arr[i++], i);
	sys->print("26 %d\n", -arr[1]);
	s := "hello";
	sys->print("27 %d %c\n", len s[1:], s[1:][0]);
	sys->print("28 %d\n", a > b && b > c || c > a);
	sys->print("29 %d\n", 1 + 2 * 3 - 4 / 2 % 3);
	sys->print("30 %bd\n", big a * big b << 2);
}
