implement FmtStar;

include "sys.m";
	sys: Sys;
include "draw.m";

FmtStar: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

row(name: string, qty: int, price: real)
{
	sys->print("|%-*s|%*d|%*.*f|\n", 12, name, 6, qty, 10, 2, price);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	row("apples", 12, 0.5);
	row("bananas", 144, 0.25);
	row("cherries", 3, 12.125);
	row("a-very-long-name", 1, 1000.0);
	for(w := 1; w <= 6; w++)
		sys->print("w=%d [%*s]\n", w, w, "abc");
	b := big 1 << 40;
	sys->print("%bd %bx %bX %bo\n", b, b, b, b);
	nb := -b - big 7;
	sys->print("%bd %20bd|%-20bd|\n", nb, nb, nb);
	bb := big 16r7fffffffffffffff;
	sys->print("max big %bd hex %bx\n", bb, bb);
	sys->print("%.2s|%.0s|%5.1s|\n", "hello", "gone", "xyz");
	s := sys->sprint("%s=%d", "key", 99);
	sys->print("sprint gave \"%s\" len %d\n", s, len s);
}
