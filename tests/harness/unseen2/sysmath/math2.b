# exercises Math special values: Infinity, NaN, isnan, finite, ilogb, nextafter, FPcontrol exception masks
implement Math2;
include "sys.m";
include "draw.m";
include "math.m";
sys: Sys;
math: Math;
Math2: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	inf := math->Infinity;
	nan := math->NaN;
	sys->print("%g %g %g\n", inf, -inf, nan);
	sys->print("%d %d %d\n", math->isnan(nan), math->isnan(inf), math->isnan(1.0));
	sys->print("%d %d %d\n", math->finite(inf), math->finite(2.0), math->finite(nan));
	sys->print("%d %d\n", nan == nan, nan != nan);
	sys->print("%d %d\n", inf > 1e308, -inf < -1e308);
	sys->print("%g %g\n", math->MachEps, math->fdim(5.0, 3.0));
	sys->print("%d %d\n", math->ilogb(1024.0), math->ilogb(0.3));
	sys->print("%.17g\n", math->nextafter(1.0, 2.0));
	sys->print("%g %g\n", math->fmax(1.0, 2.0), math->fmin(-1.0, 3.0));
	sys->print("%g %g\n", math->sqrt(inf), math->exp(-inf));
	sys->print("%g\n", math->scalbn(1.0, 10));
	sys->print("%g %g\n", math->floor(inf), math->fabs(-inf));
	sys->print("%e\n", math->Degree);
	sys->print("%g\n", inf + 1.0);
}
