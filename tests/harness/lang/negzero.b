implement NegZero;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

NegZero: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	xs := array[] of {-0.5, -0.4, -0.6, 0.5, -1.5, -2.5, 2.5, -0.0, 0.0, -1e-300, 1e-300, 0.49999999999999994, -0.49999999999999994};
	for(i := 0; i < len xs; i++){
		x := xs[i];
		sys->print("%g: ceil %g floor %g rint %g modf ", x, math->ceil(x), math->floor(x), math->rint(x));
		(ip, fp) := math->modf(x);
		sys->print("%d %g copysign %g fabs %g\n", ip, fp, math->copysign(1.0, x), math->fabs(x));
	}
	nan := Math->NaN;
	inf := Math->Infinity;
	sys->print("NaN %g %s isnan %d\n", nan, string nan, math->isnan(nan));
	sys->print("-NaN %g %s\n", -nan, string -nan);
	sys->print("inf %g %g\n", inf, -inf);
	for(i = 0; i < 6; i++){
		{
			r: real;
			case i {
			0 => r = math->sqrt(-1.0);
			1 => r = math->log(-1.0);
			2 => r = math->log(0.0);
			3 => r = math->pow(0.0, -1.0);
			4 => r = math->fmod(1.0, 0.0);
			5 => r = math->pow(-8.0, 1.0/3.0);
			}
			sys->print("math %d: %g\n", i, r);
		} exception e {
		"*" =>
			sys->print("math %d: %s\n", i, e);
		}
	}
	sys->print("fmod %g %g %g\n", math->fmod(-5.0, 3.0), math->fmod(5.0, -3.0), math->fmod(-6.0, 3.0));
	sys->print("remainder %g %g\n", math->remainder(5.0, 2.0), math->remainder(-5.0, 2.0));
	sys->print("mul %g %g %g\n", -1.0 * 0.0, 0.0 * -1.0, -0.0 * -0.0);
	sys->print("add %g %g %g\n", -0.0 + 0.0, -0.0 + -0.0, 0.0 - 0.0);
	z := -0.0;
	sys->print("neg var %g %g %s\n", z, -z, string z);
	sys->print("fmt %f %e %.2f %5g|\n", z, z, z, z);
	sys->print("%f %e %g\n", nan, nan, inf);
	sys->print("%5.1f|%-8g|%+g|%+g\n", inf, nan, 1.5, -0.0);
	sys->print("int -0.0 %d big %bd\n", int z, big z);
	sys->print("pow %g %g\n", math->pow(-0.0, 3.0), math->pow(-0.0, 2.0));
	sys->print("atan2 %g %g %g\n", math->atan2(0.0, -1.0), math->atan2(-0.0, -1.0), math->atan2(-0.0, 1.0));
	sys->print("uncaught trap in $Math:\n");
	math->sqrt(-2.0);
}
