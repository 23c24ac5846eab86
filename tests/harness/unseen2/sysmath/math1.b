# exercises Math module: sqrt pow floor ceil fmod fabs exp log, rounding
implement Math1;
include "sys.m";
include "draw.m";
include "math.m";
sys: Sys;
math: Math;
Math1: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	v := array[] of {2.0, 0.5, 10.0, 1e-3, 16.0, 3.7, -3.7};
	for(i := 0; i < len v; i++){
		x := v[i];
		sys->print("%g: fl=%g ce=%g fa=%g rint=%g\n", x, math->floor(x), math->ceil(x), math->fabs(x), math->rint(x));
		if(x > 0.0)
			sys->print("  sqrt=%.10g log=%.10g exp=%.10g cbrt=%.10g\n", math->sqrt(x), math->log(x), math->exp(x), math->cbrt(x));
	}
	sys->print("%g %g %g %g\n", math->pow(2.0, 10.0), math->pow(2.0, 0.5), math->pow(-2.0, 3.0), math->pow(10.0, -2.0));
	sys->print("%g %g %g %g\n", math->fmod(7.5, 2.0), math->fmod(-7.5, 2.0), math->fmod(7.0, -3.0), math->remainder(7.0, 3.0));
	sys->print("%.12g %.12g %.12g\n", math->sin(1.0), math->cos(1.0), math->atan2(1.0, -1.0));
	sys->print("%.12g %.12g\n", math->hypot(3.0, 4.0), math->log10(12345.0));
	sys->print("%.15g\n", math->Pi);
	(ip, f) := math->modf(-3.25);
	sys->print("%d %g\n", ip, f);
	sys->print("%g %g\n", math->copysign(3.0, -0.0), math->scalbn(0.75, 6));
}
