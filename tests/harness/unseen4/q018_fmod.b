implement Fmod;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Fmod: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	pairs := array[] of {(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (10.0, 3.0), (1.0, 0.3), (5.0, 5.0)};
	for(i := 0; i < len pairs; i++){
		(x, y) := pairs[i];
		sys->print("x=%5g y=%5g fmod=%-8g remainder=%g\n", x, y, math->fmod(x, y), math->remainder(x, y));
	}
	vals := array[] of {3.75, -3.75, 0.5, 100.0, -0.001};
	for(i = 0; i < len vals; i++){
		(ip, frac) := math->modf(vals[i]);
		sys->print("modf(%g) = %d + %g\n", vals[i], ip, frac);
	}
	# angle normalisation using fmod
	angles := array[] of {370.0, -30.0, 720.0, 1085.5};
	for(i = 0; i < len angles; i++){
		a := math->fmod(angles[i], 360.0);
		if(a < 0.0)
			a += 360.0;
		sys->print("normalise %g -> %g\n", angles[i], a);
	}
	(sign, lg) := math->lgamma(5.0);
	sys->print("lgamma(5)=%.10f sign=%d gamma=%g\n", lg, sign, math->exp(lg));
	sys->print("erf(0.5)=%.10f erfc(0.5)=%.10f\n", math->erf(0.5), math->erfc(0.5));
	sys->print("j0(1)=%.10f j1(1)=%.10f y0(1)=%.10f\n", math->j0(1.0), math->j1(1.0), math->y0(1.0));
}
