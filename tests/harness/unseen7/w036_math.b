implement MathDemo;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

MathDemo: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	sys->print("sqrt %g %g %g\n", math->sqrt(2.0), math->sqrt(144.0), math->sqrt(0.25));
	sys->print("pow %g %g\n", math->pow(2.0, 10.0), math->pow(9.0, 0.5));
	sys->print("floor/ceil %g %g %g %g\n", math->floor(2.7), math->ceil(2.1), math->floor(-2.5), math->ceil(-2.5));
	sys->print("fabs %g %g\n", math->fabs(-3.5), math->fabs(4.0));
	sys->print("exp/log %.6f %.6f %.6f\n", math->exp(1.0), math->log(math->exp(2.0)), math->log10(1000.0));
	sys->print("trig %.6f %.6f %.6f\n", math->sin(math->Pi / 2.0), math->cos(0.0), math->tan(math->Pi / 4.0));
	sys->print("atan2 %.6f hypot %g\n", math->atan2(1.0, 1.0), math->hypot(3.0, 4.0));
	sys->print("fmod %g rint %g %g\n", math->fmod(10.0, 3.0), math->rint(2.5), math->rint(3.5));
	sys->print("Pi %.10f\n", math->Pi);
	sys->print("isnan %d finite %d\n", math->isnan(math->NaN), math->finite(1.0));
	sys->print("copysign %g\n", math->copysign(3.0, -1.0));
	(ip, fp) := (math->floor(7.75), math->fmod(7.75, 1.0));
	sys->print("parts %g %g\n", ip, fp);
	a := array[] of {3.0, 1.0, 4.0, 1.0, 5.0};
	sys->print("dot %g norm %g\n", math->dot(a, a), math->norm2(a));
	sys->print("ilogb %d scalbn %g\n", math->ilogb(1024.0), math->scalbn(1.5, 4));
	s := 0.0;
	for(i := 1; i <= 5; i++)
		s += 1.0 / real i;
	sys->print("harmonic5 %.8f\n", s);
}
