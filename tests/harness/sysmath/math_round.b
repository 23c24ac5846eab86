implement MathRound;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
MathRound: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	xs := array[] of {0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.7, -3.7, 1e300, -1e-300, 4503599627370495.5, 2147483648.5, 1e20};
	for(i := 0; i < len xs; i++){
		x := xs[i];
		sys->print("%g: floor %g ceil %g rint %g fabs %g", x, math->floor(x), math->ceil(x), math->rint(x), math->fabs(x));
		if(math->fabs(x) < 1e9){
			(ip, fp) := math->modf(x);
			sys->print(" modf %d %g", ip, fp);
		}
		sys->print(" finite %d isnan %d ilogb %d\n", math->finite(x), math->isnan(x), math->ilogb(x));
	}
	pairs := array[] of {(7.0, 3.0), (-7.0, 3.0), (7.0, -3.0), (5.5, 2.0), (6.5, 2.0), (1.0, 0.0), (0.0, 5.0), (1e300, 3.0), (-0.0, 1.0)};
	for(i = 0; i < len pairs; i++){
		(x, y) := pairs[i];
		sys->print("%g,%g:", x, y);
		{ sys->print(" fmod %g", math->fmod(x, y)); } exception e { "*" => sys->print(" fmod TRAP"); }
		{ sys->print(" rem %g", math->remainder(x, y)); } exception e { "*" => sys->print(" rem TRAP"); }
		sys->print(" copysign %g fdim %g fmin %g fmax %g", math->copysign(x, y), math->fdim(x, y), math->fmin(x, y), math->fmax(x, y));
		{ sys->print(" next %g", math->nextafter(x, y)); } exception e { "*" => sys->print(" next TRAP"); }
		sys->print("\n");
	}
	sys->print("copysign(3,-0) %g copysign(-3,0) %g\n", math->copysign(3.0, -0.0), math->copysign(-3.0, 0.0));
	sys->print("nextafter(1,2) %s nextafter(1,0) %s\n", string math->nextafter(1.0, 2.0), string math->nextafter(1.0, 0.0));
	sys->print("nextafter(1,1) %g\n", math->nextafter(1.0, 1.0));
	{ sys->print("nextafter(0,1) %g\n", math->nextafter(0.0, 1.0)); } exception e { "*" => sys->print("nextafter(0,1) TRAP\n"); }
	{ sys->print("nextafter(max,inf) %g\n", math->nextafter(1.7976931348623157e308, Math->Infinity)); } exception e { "*" => sys->print("nextafter(max,inf) TRAP\n"); }
	ns := array[] of {0, 1, -1, 10, 1023, 1024, -1022, -1075, 2000};
	for(i = 0; i < len ns; i++){
		{ sys->print("scalbn(1.5,%d)=%g\n", ns[i], math->scalbn(1.5, ns[i])); } exception e { "*" => sys->print("scalbn(1.5,%d) TRAP\n", ns[i]); }
	}
	sys->print("ilogb 0 %d ilogb 1e-310 skipped, ilogb 1024 %d\n", math->ilogb(0.0), math->ilogb(1024.0));
	sys->print("finite inf %d nan %d isnan nan %d inf %d\n", math->finite(Math->Infinity), math->finite(Math->NaN), math->isnan(Math->NaN), math->isnan(Math->Infinity));
	sys->print("ilogb inf %d nan %d\n", math->ilogb(Math->Infinity), math->ilogb(Math->NaN));
}
