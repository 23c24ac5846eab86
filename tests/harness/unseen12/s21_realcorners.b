implement RealCorners;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

RealCorners: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

bits(x: real): string
{
	return sys->sprint("%.16bux", math->realbits64(x));
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;

	# formats of the same values
	vals := array[] of {0.0, -0.0, 1.0, 0.1, 2.0/3.0, 1e-5, 123456789.0, 1e21, -7.25e-300};
	for(i := 0; i < len vals; i++) {
		v := vals[i];
		sys->print("%-3d g=%g e=%e f=%f .3f=%.3f string=%s bits=%s\n",
			i, v, v, v, v, string v, bits(v));
	}

	# special values
	inf := math->Infinity;
	nan := math->NaN;
	ninf := -inf;
	sys->print("inf=%g -inf=%g nan=%g\n", inf, ninf, nan);
	sys->print("isnan(nan)=%d finite(inf)=%d finite(1)=%d\n", math->isnan(nan), math->finite(inf), math->finite(1.0));
	sys->print("1/inf=%g -1/inf=%g inf+1 finite %d inf>1e308 %d\n",
		1.0 / inf, -1.0 / inf, math->finite(inf + 1.0), inf > 1e308);
	z := 0.0;
	sys->print("-0 == 0 %d, -0 bits %s, copysign(1,-0)=%g\n", -z == z, bits(-z), math->copysign(1.0, -z));
	sys->print("nan bits nonzero mantissa %d\n", (math->realbits64(nan) & big 16rFFFFFFFFFFFFF) != big 0);

	# rounding functions side by side with int conversion
	rs := array[] of {2.5, 3.5, -2.5, -3.5, 2.4999, -0.5, 7.0};
	sys->print("x       floor ceil  rint  int   modf\n");
	for(i = 0; i < len rs; i++) {
		x := rs[i];
		(ip, frac) := math->modf(x);
		sys->print("%-7g %-5g %-5g %-5g %-5d %d %g\n",
			x, math->floor(x), math->ceil(x), math->rint(x), int x, ip, frac);
	}

	# accumulation and comparison pitfalls
	s := 0.0;
	for(i = 0; i < 10; i++)
		s += 0.1;
	sys->print("sum of ten 0.1: %.17g == 1.0? %d, diff %g\n", s, s == 1.0, s - 1.0);
	sys->print("0.1+0.2 = %.17g\n", 0.1 + 0.2);
	sys->print("nextafter(1,2)-1 = %g MachEps %g\n", math->nextafter(1.0, 2.0) - 1.0, math->MachEps);

	# big <-> real precision
	b := big 1 << 53;
	sys->print("2^53 %bd +1 via real %bd, +1 as big %bd\n", b, big (real b + 1.0), b + big 1);
	sys->print("real of big max %g, big of 1e19 %bd\n", real (big 16r7fffffffffffffff), big 9.2e18);

	# some library values to a fixed number of digits
	sys->print("sqrt2 %.12f pi %.12f e %.12f\n", math->sqrt(2.0), math->Pi, math->exp(1.0));
	sys->print("pow(2,0.5) %.12f 2.0**10 %g fmod(7.5,2) %g hypot(3,4) %g\n",
		math->pow(2.0, 0.5), 2.0 ** 10, math->fmod(7.5, 2.0), math->hypot(3.0, 4.0));
	sys->print("log10(1000) %g atan2(1,-1)/pi %g\n", math->log10(1000.0), math->atan2(1.0, -1.0) / math->Pi);
	sys->print("ilogb(1024) %d scalbn(3,4) %g pow10(-3) %g\n",
		math->ilogb(1024.0), math->scalbn(3.0, 4), math->pow10(-3));

	# sorting reals with an index permutation
	arr := array[] of {3.5, -1.0, 2.25, 0.0, 10.0};
	perm := array[len arr] of int;
	for(i = 0; i < len perm; i++)
		perm[i] = i;
	math->sort(arr, perm);
	sys->print("sorted perm:");
	for(i = 0; i < len perm; i++)
		sys->print(" %d", perm[i]);
	sys->print("\n");
}
