implement FoldQuirks;

include "sys.m";
	sys: Sys;
include "draw.m";

FoldQuirks: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

# The compiler simplifies an operator with a constant right operand, or
# with the same operand on both sides, before any code runs.
calls := 0;

f(): int
{
	calls++;
	return calls;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := 6;
	z := 0;
	sys->print("a||0 %d  a||5 %d  0||a %d  a||z %d\n", a || 0, a || 5, 0 || a, a || z);
	sys->print("a&&1 %d  a&&7 %d  1&&a %d  a&&0 %d\n", a && 1, a && 7, 1 && a, a && 0);
	sys->print("a||a %d  a&&a %d  a&a %d  a|a %d  a^a %d\n", a || a, a && a, a & a, a | a, a ^ a);
	sys->print("a==a %d  a<a %d  a<=a %d  a-a %d\n", a == a, a < a, a <= a, a - a);
	sys->print("z||0 %d  z&&1 %d\n", z || 0, z && 1);
	x := a || 0;
	sys->print("stored %d\n", x);
	if((a || 0) == 6)
		sys->print("a||0 is a\n");
	sys->print("a**0 %d a**1 %d a%%1 %d a*1 %d a/1 %d\n", a ** 0, a ** 1, a % 1, a * 1, a / 1);
	inf := real "Infinity";
	nan := real "NaN";
	sys->print("inf-inf %g  nan-nan %g\n", inf - inf, nan - nan);
	sys->print("nan==nan %d  nan<=nan %d  nan>=nan %d  nan<nan %d  nan!=nan %d\n", nan == nan, nan <= nan, nan >= nan, nan < nan, nan != nan);
	s := "str";
	sys->print("s==s %d  s<s %d\n", s == s, s < s);
	arr := array[] of {1, 2};
	sys->print("arr[0]-arr[0] %d\n", arr[0] - arr[0]);
	calls = 0;
	sys->print("f()-f() %d calls %d\n", f() - f(), calls);
	calls = 0;
	sys->print("f()||0 %d f()&&1 %d calls %d\n", f() || 0, f() && 1, calls);
	calls = 0;
	sys->print("f()*0 %d f()&0 %d f()&&0 %d calls %d\n", f() * 0, f() & 0, f() && 0, calls);
	calls = 0;
	sys->print("f()**0 %d f()%%1 %d calls %d\n", f() ** 0, f() % 1, calls);
	b := big 6;
	sys->print("big b||0? %bd b-b %bd b*1 %bd\n", b | big 0, b - b, b * big 1);
	y := byte 200;
	sys->print("byte y-y %d y+0 %d\n", int (y - y), int (y + byte 0));
}
