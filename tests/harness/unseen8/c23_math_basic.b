implement MathBasic;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

MathBasic: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	if(math == nil) {
		sys->print("cannot load math: %r\n");
		return;
	}

	xs := array[] of {2.5, -2.5, 3.0, -0.1, 7.999, -7.001, 0.0};
	sys->print("%8s %8s %8s %8s\n", "x", "floor", "ceil", "rint");
	for(i := 0; i < len xs; i++) {
		x := xs[i];
		sys->print("%8.3f %8.1f %8.1f %8.1f\n", x, math->floor(x), math->ceil(x), math->rint(x));
	}

	sys->print("sqrt:");
	for(i = 0; i <= 10; i += 2)
		sys->print(" %.4f", math->sqrt(real i));
	sys->print("\n");

	sys->print("pow(2, n):");
	for(i = -2; i <= 10; i += 3)
		sys->print(" %g", math->pow(2.0, real i));
	sys->print("\n");
	sys->print("pow(9, 0.5)=%g pow(0, 0)=%g\n",
		math->pow(9.0, 0.5), math->pow(0.0, 0.0));

	pairs := array[] of {(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (10.0, 3.0), (1.0, 0.3)};
	for(i = 0; i < len pairs; i++) {
		(a, b) := pairs[i];
		sys->print("fmod(%g, %g) = %g\n", a, b, math->fmod(a, b));
	}

	tri := array[] of {(3.0, 4.0), (5.0, 12.0), (1.0, 1.0), (1e200, 1e200)};
	for(i = 0; i < len tri; i++) {
		(a, b) := tri[i];
		sys->print("hypot(%g, %g) = %g\n", a, b, math->hypot(a, b));
	}

	(ip, frac) := math->modf(-3.75);
	sys->print("modf(-3.75) = (%d, %g)\n", ip, frac);
	sys->print("fabs(-4.25)=%g copysign(3, -0.0)=%g\n", math->fabs(-4.25), math->copysign(3.0, -0.0));
	sys->print("fmin(2,5)=%g fmax(2,5)=%g fdim(5,2)=%g fdim(2,5)=%g\n",
		math->fmin(2.0, 5.0), math->fmax(2.0, 5.0), math->fdim(5.0, 2.0), math->fdim(2.0, 5.0));
	sys->print("pow10(3)=%g pow10(-2)=%g\n", math->pow10(3), math->pow10(-2));
	sys->print("exp(1)=%.10f log(e)=%g log10(1000)=%g\n",
		math->exp(1.0), math->log(math->exp(1.0)), math->log10(1000.0));
	sys->print("sin(pi/6)=%.6f cos(pi/3)=%.6f atan2(1,1)*4=%.12f\n",
		math->sin(Math->Pi / 6.0), math->cos(Math->Pi / 3.0), 4.0 * math->atan2(1.0, 1.0));
	sys->print("cbrt(27)=%g remainder(10, 3)=%g\n", math->cbrt(27.0), math->remainder(10.0, 3.0));

	# Newton's method against the library sqrt
	x := 2.0;
	g := 1.0;
	for(k := 0; k < 6; k++) {
		g = (g + x / g) / 2.0;
		sys->print("newton step %d: %.15f\n", k + 1, g);
	}
	sys->print("library:       %.15f\n", math->sqrt(x));
}
