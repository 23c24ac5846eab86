implement RealFormat;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

RealFormat: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;

	vals := array[] of {0.0, 1.0, -1.5, 0.1, 100.0, 1234567.0, 0.000123, 1e21, 6.02214076e23, 1.0/3.0, -2.0/3.0};
	for(i := 0; i < len vals; i++) {
		v := vals[i];
		sys->print("[%g] [%f] [%e] [%.3g] [%10.4f] [%-12.2e]\n", v, v, v, v, v, v);
	}

	# string conversion of reals matches %g
	sys->print("string 2.5 = %s, string 1e-7 = %s, string 1e100 = %s\n",
		string 2.5, string 1e-7, string 1e100);

	# round trip through strings
	x := math->sqrt(2.0);
	s := string x;
	y := real s;
	sys->print("sqrt2 as string %s, round trip equal: %d\n", s, x == y);
	sys->print("real \"  3.25xyz\" = %g, real \"-.5\" = %g, real \"1e3\" = %g\n",
		real "  3.25xyz", real "-.5", real "1e3");

	# precision sweep
	p := Math->Pi;
	for(k := 0; k <= 12; k += 3)
		sys->print("pi %%.%df = %.*f\n", k, k, p);
	sys->print("pi %%.20g = %.20g\n", p);

	# rounding of halves in %f
	halves := array[] of {0.5, 1.5, 2.5, 0.125, 0.375, 2.675};
	for(i = 0; i < len halves; i++)
		sys->print("%g -> %.0f / %.2f\n", halves[i], halves[i], halves[i]);

	# accumulation error
	sum := 0.0;
	for(i = 0; i < 10; i++)
		sum += 0.1;
	sys->print("ten tenths: %g, equals 1.0: %d, diff %e\n", sum, sum == 1.0, sum - 1.0);

	# table of powers printed in columns
	sys->print("%4s %14s %14s\n", "n", "2^n", "2^-n");
	for(n := 0; n <= 60; n += 15)
		sys->print("%4d %14g %14g\n", n, math->pow(2.0, real n), math->pow(2.0, real -n));

	# big and real interplay
	b := big 1 << 53;
	r := real b;
	sys->print("2^53 = %bd = %.0f; +1 as real: %.0f\n", b, r, real (b + big 1));
	sys->print("big of 1e15+0.7 = %bd, int of -7.5 = %d\n", big 1000000000000000.7, int -7.5);
}
