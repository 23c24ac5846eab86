implement Precedence;

include "sys.m";
	sys: Sys;
include "draw.m";

Precedence: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

n := 0;

check(expr: string, got: int)
{
	n++;
	sys->print("%2d  %-28s = %d\n", n, expr, got);
}

checkb(expr: string, got: big)
{
	n++;
	sys->print("%2d  %-28s = %bd\n", n, expr, got);
}

checkr(expr: string, got: real)
{
	n++;
	sys->print("%2d  %-28s = %g\n", n, expr, got);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := 6;
	b := 3;
	c := 2;
	check("a + b * c", a + b * c);
	check("a - b - c", a - b - c);
	check("a / b / c", a / b / c);
	check("a / b * c", a / b * c);
	check("a % b + c", a % b + c);
	check("a << 1 + c", a << 1 + c);
	check("a >> b - c", a >> b - c);
	check("a & b == b", a & b == b);
	check("a | b ^ c", a | b ^ c);
	check("a ^ b & c", a ^ b & c);
	check("a & 3 | 8", a & 3 | 8);
	check("-a ** 2", -a ** 2);
	check("2 ** 3 ** 2", 2 ** 3 ** 2);
	check("2 ** c * b", 2 ** c * b);
	check("b * 2 ** c", b * 2 ** c);
	check("!a == 0", !a == 0);
	check("~a & 16rF", ~a & 16rF);
	check("-~a", -~a);
	check("~-a", ~-a);
	check("a < b == c > b", a < b == c > b);
	check("a > b && b > c || 0", a > b && b > c || 0);
	check("0 || 1 && 0", 0 || 1 && 0);
	check("a - -b", a - -b);
	check("a - - - b", a - - - b);
	check("a++ + ++a ... a", a);
	x := a++ + ++a;
	check("x := a++ + ++a", x);
	check("a after", a);
	check("-7 / 2", -7 / 2);
	check("-7 % 2", -7 % 2);
	check("7 % -2", 7 % -2);
	check("-7 >> 1", -7 >> 1);
	check("1 << 4 >> 2", 1 << 4 >> 2);
	check("c * (a = 5)", c * (a = 5));
	check("a after assign", a);
	d, e: int;
	d = e = 9;
	check("d = e = 9; d + e", d + e);
	d += e -= 4;
	check("d += e -= 4; d", d);
	check("e", e);
	checkb("big c << 40 >> 38", big c << 40 >> 38);
	checkb("big -1 >> 63", big -1 >> 63);
	checkb("big 3 ** 40", big 3 ** 40);
	checkr("2.0 ** -2", 2.0 ** -2);
	checkr("-2.0 ** 2 + 1.0 / 4.0", -2.0 ** 2 + 1.0 / 4.0);
	checkr("real 7 / real 2 * 2.0", real 7 / real 2 * 2.0);
	checkr("real (7 / 2) * 2.0", real (7 / 2) * 2.0);
	s := "ab";
	t := s + "c" + s[1:];
	sys->print("%2d  %-28s = %s\n", ++n, "s + \"c\" + s[1:]", t);
	sys->print("%2d  %-28s = %d\n", ++n, "len s + \"x\" (len binds?)", len (s + "x"));
	sys->print("%2d  %-28s = %d\n", ++n, "\"b\" < s + \"z\"", "b" < s + "z");
	l := 1 :: 2 :: 3 :: nil;
	sys->print("%2d  %-28s = %d\n", ++n, "hd tl l + hd l", hd tl l + hd l);
	sys->print("%2d  %-28s = %d\n", ++n, "len tl tl l", len tl tl l);
}
