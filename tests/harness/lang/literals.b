implement Literals;

include "sys.m";
	sys: Sys;
include "draw.m";

Literals: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("radix %d %d %d %d %d\n", 16rff, 16rFF, 2r1010, 8r777, 36rzz);
	sys->print("radix2 %d %d %d\n", 10r99, 3r222, 36rZZ);
	sys->print("dec %d %d %d\n", 010, 0, 007);
	sys->print("max %d %bd %bd\n", 2147483647, 2147483648, 16rffffffff);
	sys->print("big %bd %bd\n", 9223372036854775807, 16r7fffffffffffffff);
	sys->print("neg %d %bd\n", -2147483647, -2147483648);
	sys->print("wrap %d %bd %d\n", 16rffffffffffffffff, 16rffffffff80000000, 16rffffffff80000001);
	sys->print("real %g %g %g %g %g\n", 1.0, 1e0, 1.5e+3, 2.5E-3, 0.0);
	sys->print("real2 %g %g %g\n", 123456789.123456789, 1e-7, 6.02214076e23);
	sys->print("char %d %d %d\n", 'A', '\u0041', '\'');
	sys->print("str %s|%s|%d\n", "a\"b", "tab\there", len "\u00e9\u00e8");
	sys->print("ops %d %d %d\n", 16r10 + 8r10 + 2r10, 1 + 0, 0);
}
