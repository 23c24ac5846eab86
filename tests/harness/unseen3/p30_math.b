implement P30;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
P30: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	sys->print("sqrt %g %g %g\n", math->sqrt(16.0), math->sqrt(2.0), math->sqrt(0.25));
	sys->print("pow %g %g %g %g\n", math->pow(2.0, 10.0), math->pow(2.0, -2.0), math->pow(9.0, 0.5), math->pow(-2.0, 3.0));
	sys->print("floor %g %g ceil %g %g\n", math->floor(2.7), math->floor(-2.7), math->ceil(2.1), math->ceil(-2.1));
	sys->print("fmod %g %g %g\n", math->fmod(10.0, 3.0), math->fmod(-10.0, 3.0), math->fmod(5.5, 1.5));
	sys->print("fabs %g %g\n", math->fabs(-3.5), math->fabs(2.0));
	sys->print("rint %g %g %g %g\n", math->rint(2.5), math->rint(3.5), math->rint(-0.5), math->rint(1.4));
	(ip, fp) := math->modf(3.75);
	sys->print("modf %d %g\n", ip, fp);
	(ip, fp) = math->modf(-2.25);
	sys->print("modf neg %d %g\n", ip, fp);
	sys->print("hypot %g\n", math->hypot(3.0, 4.0));
	sys->print("isnan %d finite %d\n", math->isnan(math->NaN), math->finite(math->Infinity));
	sys->print("inf %g %g\n", math->Infinity, -math->Infinity);
	sys->print("nan %g\n", math->NaN);
	sys->print("pi %.6f e %.6f\n", math->Pi, math->exp(1.0));
	sys->print("log10 %g log %.4f\n", math->log10(1000.0), math->log(10.0));
	sys->print("sin0 %g cos0 %g\n", math->sin(0.0), math->cos(0.0));
	sys->print("fmin %g fmax %g copysign %g\n", math->fmin(1.0, -1.0), math->fmax(1.0, -1.0), math->copysign(3.0, -0.0));
	sys->print("bits %bx %x\n", math->realbits64(1.0), math->realbits32(-2.0));
	sys->print("frombits %g %g\n", math->bits64real(big 16r4000000000000000), math->bits32real(16r3f800000));
	sys->print("pow10 %g %g ilogb %d\n", math->pow10(5), math->pow10(-3), math->ilogb(1024.0));
	sys->print("scalbn %g nextafter %d\n", math->scalbn(1.5, 4), math->nextafter(1.0, 2.0) > 1.0);
	a := array[] of {3.0, -1.0, 2.0, 7.5};
	sys->print("dot %g norm1 %g\n", math->dot(a, a), math->norm1(a));
	idx := array[] of {0, 1, 2, 3};
	math->sort(a, idx);
	sys->print("sorted idx %d %d %d %d\n", idx[0], idx[1], idx[2], idx[3]);
}
