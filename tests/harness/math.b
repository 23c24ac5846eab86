implement MathTest;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
MathTest: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	sys->print("%g %g %g %g\n", math->sqrt(2.0), math->pow(2.0, 10.0), math->floor(-2.5), math->fabs(-3.0));
	sys->print("%g %g %g\n", Math->Pi, math->sin(Math->Pi/2.0), math->log(0.0));
	(i, f) := math->modf(3.75);
	sys->print("%d %g %g %d\n", i, f, math->sqrt(-1.0), math->isnan(Math->NaN));
	sys->print("%g %g %d\n", math->dot(array[] of {1.0, 2.0}, array[] of {3.0, 4.0}), math->norm2(array[] of {3.0, 4.0}), math->iamax(array[] of {1.0, -5.0, 2.0}));
	sys->print("%g %g\n", Math->Infinity, -Math->Infinity);
}
