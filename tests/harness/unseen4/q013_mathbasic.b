implement MathBasic;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

MathBasic: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	sys->print("%6s %12s %12s %8s %8s\n", "x", "sqrt", "x^1.5", "floor", "ceil");
	xs := array[] of {0.0, 0.25, 1.0, 2.0, 2.5, 10.0, 99.9, 1e6};
	for(i := 0; i < len xs; i++){
		x := xs[i];
		sys->print("%6g %12.6f %12.4f %8g %8g\n", x, math->sqrt(x), math->pow(x, 1.5), math->floor(x), math->ceil(x));
	}
	neg := array[] of {-0.5, -1.0, -2.7, -3.0};
	for(i = 0; i < len neg; i++)
		sys->print("x=%g floor=%g ceil=%g fabs=%g rint=%g\n", neg[i], math->floor(neg[i]), math->ceil(neg[i]), math->fabs(neg[i]), math->rint(neg[i]));
	sys->print("pow(2,10)=%g pow(2,-2)=%g pow(-8,1/3 int)=%g\n", math->pow(2.0, 10.0), math->pow(2.0, -2.0), math->pow(-2.0, 3.0));
	sys->print("cbrt(27)=%g pow10(5)=%g\n", math->cbrt(27.0), math->pow10(5));
	sys->print("fmin=%g fmax=%g fdim=%g\n", math->fmin(3.0, -1.0), math->fmax(3.0, -1.0), math->fdim(5.0, 2.0));
	sys->print("copysign(3,-0.1)=%g\n", math->copysign(3.0, -0.1));
	# integer square root by Newton, checked against math->sqrt
	# (the last value makes r*r wrap around in 32 bits, so Newton goes astray)
	for(n := 1; n < 200000; n *= 7){
		r := n;
		while(r*r > n)
			r = (r + n/r) / 2;
		sys->print("isqrt(%d)=%d floor(sqrt)=%d\n", n, r, int math->floor(math->sqrt(real n)));
	}
}
