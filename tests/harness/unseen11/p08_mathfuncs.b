implement MathFuncs;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

MathFuncs: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# Newton's method square root to compare with math->sqrt
newton(x: real): (real, int)
{
	if(x == 0.0)
		return (0.0, 0);
	g := x;
	if(g < 1.0)
		g = 1.0;
	for(it := 1; it < 100; it++){
		ng := 0.5 * (g + x / g);
		if(math->fabs(ng - g) <= 1e-15 * ng)
			return (ng, it);
		g = ng;
	}
	return (g, 100);
}

# Taylor series for exp, summed until terms vanish
texp(x: real): real
{
	sum := 1.0;
	term := 1.0;
	for(n := 1; n < 200; n++){
		term *= x / real n;
		if(sum + term == sum)
			break;
		sum += term;
	}
	return sum;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;

	sys->print("square roots:\n");
	xs := array[] of {2.0, 10.0, 0.25, 1e-6, 12345.0, 1e20};
	for(i := 0; i < len xs; i++){
		(nr, its) := newton(xs[i]);
		sys->print("  sqrt(%g) = %.12f newton %.12f in %d steps\n",
			xs[i], math->sqrt(xs[i]), nr, its);
	}

	sys->print("trig table (degrees):\n");
	for(d := 0; d <= 180; d += 30){
		r := real d * Math->Degree;
		s := math->sin(r);
		c := math->cos(r);
		sys->print("  %3d  sin=%8.5f cos=%8.5f  s^2+c^2=%.3f", d, s, c, s*s + c*c);
		if(d != 90)
			sys->print("  tan=%9.5f", math->tan(r));
		sys->print("\n");
	}

	sys->print("inverse trig:\n");
	sys->print("  asin(0.5)=%.6f deg  acos(0.5)=%.6f deg  atan(1)=%.6f deg\n",
		math->asin(0.5)/Math->Degree, math->acos(0.5)/Math->Degree, math->atan(1.0)/Math->Degree);
	pts := array[] of {(1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0), (0.0, -2.0)};
	for(i = 0; i < len pts; i++){
		(x, y) := pts[i];
		sys->print("  atan2(%g,%g) = %7.2f deg, r=%.4f\n", y, x,
			math->atan2(y, x)/Math->Degree, math->hypot(x, y));
	}

	sys->print("exp and log:\n");
	for(x := -2.0; x <= 3.0; x += 1.25)
		sys->print("  exp(%5.2f)=%12.6f series=%12.6f log(exp)=%6.2f\n",
			x, math->exp(x), texp(x), math->log(math->exp(x)));
	sys->print("  log10(1000)=%g log(1)=%g log1p(1e-10)=%g expm1(1e-10)=%g\n",
		math->log10(1000.0), math->log(1.0), math->log1p(1e-10), math->expm1(1e-10));

	sys->print("powers:\n");
	sys->print("  pow(2,10)=%g pow(2,0.5)=%.10f cbrt(-8)=%g\n",
		math->pow(2.0, 10.0), math->pow(2.0, 0.5), math->cbrt(-8.0));
	{
		sys->print("  pow(-8,1/3.)=%g\n", math->pow(-8.0, 1.0/3.0));
	} exception {
	"sys: fp*" =>
		sys->print("  pow(-8,1/3.) traps: invalid operation\n");
	}
	sys->print("  pow(10,-3)=%g pow10(5)=%g pow(0,0)=%g\n",
		math->pow(10.0, -3.0), math->pow10(5), math->pow(0.0, 0.0));

	sys->print("rounding:\n");
	rs := array[] of {2.5, -2.5, 3.7, -3.7, 0.49999};
	for(i = 0; i < len rs; i++){
		(ip, fp) := math->modf(rs[i]);
		sys->print("  %6.2f floor=%g ceil=%g rint=%g int=%d modf=(%d,%g)\n",
			rs[i], math->floor(rs[i]), math->ceil(rs[i]), math->rint(rs[i]), int rs[i], ip, fp);
	}

	sys->print("hyperbolic: sinh(1)=%.6f cosh(1)=%.6f tanh(1)=%.6f asinh(1)=%.6f\n",
		math->sinh(1.0), math->cosh(1.0), math->tanh(1.0), math->asinh(1.0));
	(sign, lg) := math->lgamma(10.0);
	sys->print("lgamma(10)=%.6f sign %d (9! = %g)\n", lg, sign, math->exp(lg));
	sys->print("erf(1)=%.8f erfc(1)=%.8f\n", math->erf(1.0), math->erfc(1.0));
	sys->print("ilogb(1000)=%d scalbn(3,4)=%g copysign(2,-0.)=%g\n",
		math->ilogb(1000.0), math->scalbn(3.0, 4), math->copysign(2.0, -0.0));
}
