implement InfNan;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

InfNan: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

classify(x: real): string
{
	if(math->isnan(x))
		return "nan";
	if(!math->finite(x)){
		if(x > 0.0)
			return "+inf";
		return "-inf";
	}
	if(x == 0.0)
		return "zero";
	return "finite";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	inf := Math->Infinity;
	nan := Math->NaN;
	sys->print("inf=%g -inf=%g nan=%g\n", inf, -inf, nan);
	sys->print("isnan: %d %d %d\n", math->isnan(inf), math->isnan(nan), math->isnan(1.0));
	sys->print("finite: %d %d %d\n", math->finite(inf), math->finite(nan), math->finite(-3.0));
	vals := array[] of {1.0, 0.0, inf, -inf, nan, -0.0, 1e308};
	for(i := 0; i < len vals; i++)
		sys->print("%d %s %e\n", i, classify(vals[i]), vals[i]);
	sys->print("inf > 1e308: %d\n", inf > 1e308);
	sys->print("-inf < -1e308: %d\n", -inf < -1e308);
	sys->print("fabs(-inf)=%g copysign(0,-1)=%g\n", math->fabs(-inf), math->copysign(0.0, -1.0));
	sys->print("sqrt(inf)=%g exp(-inf)=%g atan(inf)=%.6f\n", math->sqrt(inf), math->exp(-inf), math->atan(inf));
	sys->print("ilogb(1024)=%d ilogb(0.125)=%d\n", math->ilogb(1024.0), math->ilogb(0.125));
	sys->print("scalbn(3,4)=%g nextafter(1,2)-1=%g\n", math->scalbn(3.0, 4), math->nextafter(1.0, 2.0)-1.0);
	sys->print("MachEps=%g\n", Math->MachEps);
	{
		x := 1.0;
		y := 0.0;
		z := x / y;
		sys->print("1/0 = %g (no trap)\n", z);
	} exception e {
	"*" =>
		sys->print("division trapped: %s\n", e[0:14]);
	}
	{
		s := math->sqrt(-1.0);
		sys->print("sqrt(-1) = %g\n", s);
	} exception e {
	"*" =>
		sys->print("sqrt(-1) raised\n");
	}
}
