implement RealConv;

include "sys.m";
	sys: Sys;
include "draw.m";

RealConv: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== real -> int conversion (rounding) ==\n");
	vals := array[] of {0.0, 0.4, 0.5, 0.6, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, -2.6, 1e9, -1e9};
	for(i := 0; i < len vals; i++){
		r := vals[i];
		sys->print("int %g = %d   big %g = %bd\n", r, int r, r, big r);
	}
	sys->print("== int -> real ==\n");
	n := 7;
	x := real n / 2.0;
	sys->print("real 7 / 2.0 = %g\n", x);
	sys->print("real (7/2) = %g\n", real (n/2));
	bg := big 1 << 53;
	sys->print("real 2^53 = %.1f\n", real bg);
	sys->print("== formatting ==\n");
	pi := 3.14159265358979;
	sys->print("%%f   [%f]\n", pi);
	sys->print("%%.2f [%.2f]\n", pi);
	sys->print("%%10.3f [%10.3f]\n", pi);
	sys->print("%%-10.3f [%-10.3f]\n", pi);
	sys->print("%%e   [%e]\n", pi*1000.0);
	sys->print("%%g   [%g]\n", pi);
	sys->print("%%g big [%g]\n", 1.0e20);
	sys->print("%%g small [%g]\n", 1.0e-7);
	sys->print("%%g neg [%g]\n", -0.25);
	sys->print("%%.0f of 2.5 [%.0f] of 3.5 [%.0f]\n", 2.5, 3.5);
	sys->print("== string <-> real ==\n");
	s := string 0.1;
	sys->print("string 0.1 = %s\n", s);
	s = string 1.0e10;
	sys->print("string 1e10 = %s\n", s);
	r := real "2.75";
	sys->print("real \"2.75\" = %g\n", r);
	r = real "-1e3";
	sys->print("real \"-1e3\" = %g\n", r);
	t0 := "12abc";
	r = real t0;
	sys->print("real \"12abc\" = %g\n", r);
	t := "42xyz";
	sys->print("int \"42xyz\" = %d\n", int t);
	t = "  -17";
	sys->print("int \"  -17\" = %d\n", int t);
	t = "abc";
	sys->print("int \"abc\" = %d\n", int t);
	sys->print("int of real string 3.9 = %d\n", int real "3.9");
	sys->print("== arithmetic ==\n");
	a := 0.1 + 0.2;
	if(a == 0.3)
		sys->print("0.1+0.2 == 0.3\n");
	else
		sys->print("0.1+0.2 != 0.3 (%.17g)\n", a);
	sys->print("1.0/4.0*4.0 = %g\n", 1.0/4.0*4.0);
	neg := -0.0;
	sys->print("-0.0 == 0.0: %d\n", neg == 0.0);
}
