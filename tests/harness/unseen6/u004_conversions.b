implement Conv;

include "sys.m";
	sys: Sys;
include "draw.m";

Conv: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

reals := array[] of {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4999, -2.5001, 1e9, -2147483648.0};
strs := array[] of {"42", "  -17xyz", "+8", "0x1F", "16r1F", "", "abc", "2147483648", "-2147483649"};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < len reals; i++)
		sys->print("int %g = %d   big = %bd\n", reals[i], int reals[i], big reals[i]);
	b := big 16r123456789;
	sys->print("int big 16r123456789 = %d (16r%x)\n", int b, int b);
	b = big -1 << 40;
	sys->print("int (big -1<<40) = %d\n", int b);
	b = (big 1 << 32) - big 1;
	sys->print("int (2^32-1) = %d\n", int b);
	n := -1;
	sys->print("big -1 = %bd  byte -1 = %d\n", big n, int byte n);
	n = 300;
	sys->print("byte 300 = %d\n", int byte n);
	n = 16r7FFFFFFF;
	sys->print("real maxint = %g  big maxint+1 = %bd\n", real n, big n + big 1);
	b = (big 1 << 53) + big 1;
	r := real b;
	sys->print("real (2^53+1) = %.1f  back = %bd\n", r, big r);
	b = big 1 << 62;
	sys->print("real 2^62 = %g\n", real b);
	bt := byte 255;
	sys->print("real byte 255 = %g  big byte 255 = %bd\n", real bt, big bt);
	for(i = 0; i < len strs; i++)
		sys->print("int \"%s\" = %d  big = %bd  real = %g\n", strs[i], int strs[i], big strs[i], real strs[i]);
	sys->print("big \"9223372036854775807\" = %bd\n", big "9223372036854775807");
	sys->print("real \"1e-5\" = %g  real \"-.25\" = %g\n", real "1e-5", real "-.25");
	sys->print("string 1e20 = %s  string 0.1 = %s\n", string 1e20, string 0.1);
	sys->print("string big -5 = %s  string int -5 = %s\n", string big -5, string -5);
	sys->print("string byte 65 = %s\n", string byte 65);
}
