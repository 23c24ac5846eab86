implement MathFuncs;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

MathFuncs: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	xs := array[] of {0.5, 1.0, 2.0, 10.0};
	for(i := 0; i < len xs; i++){
		x := xs[i];
		sys->print("x=%-4g sqrt=%.6f exp=%.6f log=%.6f log10=%.6f cbrt=%.6f\n",
			x, math->sqrt(x), math->exp(x), math->log(x), math->log10(x), math->cbrt(x));
	}
	for(deg := 0; deg <= 180; deg += 45){
		r := real deg * Math->Degree;
		sys->print("deg %3d: sin=%+.6f cos=%+.6f\n", deg, math->sin(r), math->cos(r));
	}
	pts := array[] of {(1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (0.0, -2.0), (3.0, 4.0)};
	for(i = 0; i < len pts; i++){
		(px, py) := pts[i];
		sys->print("(%g,%g): r=%.4f theta=%.4f deg\n", px, py, math->hypot(px, py),
			math->atan2(py, px) / Math->Degree);
	}
	vals := array[] of {2.7, -2.7, 2.5, -0.3, 7.0};
	for(i = 0; i < len vals; i++){
		v := vals[i];
		sys->print("v=%4g floor=%3g ceil=%3g fabs=%g rint=%g fmod(v,2)=%g\n", v, math->floor(v),
			math->ceil(v), math->fabs(v), math->rint(v), math->fmod(v, 2.0));
	}
	sys->print("pow: 2^10=%g 2^0.5=%.10f 10^-3=%g (-8)^(1/3) via cbrt=%g\n",
		math->pow(2.0, 10.0), math->pow(2.0, 0.5), math->pow(10.0, -3.0), math->cbrt(-8.0));
	for(z := 0.0; z <= 2.0; z += 0.5)
		sys->print("erf(%.1f)=%.8f erfc=%.8f\n", z, math->erf(z), math->erfc(z));
	for(n := 1; n <= 6; n++){
		(s, lg) := math->lgamma(real n + 0.5);
		sys->print("lgamma(%.1f)=%.8f sign %d gamma=%.6f\n", real n + 0.5, lg, s, math->exp(lg));
	}
	(ip, fp) := math->modf(-3.75);
	sys->print("modf(-3.75) = %d, %g\n", ip, fp);
	sys->print("pi=%.15f e=%.15f\n", Math->Pi, math->exp(1.0));
	sys->print("copysign(3,-1)=%g fmin=%g fmax=%g\n", math->copysign(3.0, -1.0), math->fmin(2.0, -5.0), math->fmax(2.0, -5.0));
}
