implement RealFormats;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

RealFormats: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;

	xs := array[] of {0.0, 1.0, -1.5, 3.14159265358979, 2.0/3.0, 1e-7, 6.02214076e23, -0.000123456, 123456789.0, 1e100};
	sys->print("%-4s %14s %14s %12s %12s\n", "i", "%f", "%e", "%g", "%.3G");
	for(i := 0; i < len xs; i++){
		x := xs[i];
		sys->print("%-4d %14.4f %14.5e %12g %12.3G\n", i, x, x, x, x);
	}

	pi := math->Pi;
	sys->print("\nprecision sweep of pi:\n");
	for(p := 0; p <= 12; p += 3)
		sys->print("  %%.%df -> [%.*f]   %%.%de -> [%.*e]   %%.%dg -> [%.*g]\n",
			p, p, pi, p, p, pi, p, p, pi);

	sys->print("\nflags:\n");
	sys->print("[%+f] [%+.2f] [%-10.2f] [%10.2f] [%#g] [%#.0f] [%.0f]\n",
		2.5, -2.5, 2.5, 2.5, 2.0, 3.0, 3.0);
	sys->print("[%+e] [%E] [%G] [%g] [%g]\n", 12345.678, 0.00042, 1.0e-10, 100000.0, 1000000.0);

	sys->print("\nspecial values:\n");
	inf := math->Infinity;
	nan := math->NaN;
	sys->print("inf=%g -inf=%g nan=%g isnan=%d finite(1)=%d finite(inf)=%d\n",
		inf, -inf, nan, math->isnan(nan), math->finite(1.0), math->finite(inf));

	sys->print("\nconversions:\n");
	strs := array[] of {"3.5", "-0.25", "1e3", "  42.0", "7x", "abc", ".5", "2.5e-3"};
	for(i = 0; i < len strs; i++){
		r := real strs[i];
		n := int r;
		sys->print("%-8q real=%-10g int(real)=%-5d string=%s\n", strs[i], r, n, string r);
	}
	sys->print("int of 2.5=%d 3.5=%d -2.5=%d -3.7=%d\n", int 2.5, int 3.5, int -2.5, int -3.7);
	sys->print("floor/ceil -3.7: %g %g  fmod(10,3)=%g  pow(2,0.5)=%.15g\n",
		math->floor(-3.7), math->ceil(-3.7), math->fmod(10.0, 3.0), math->pow(2.0, 0.5));

	sys->print("\ncompound interest table:\n");
	principal := 1000.0;
	for(year := 0; year <= 5; year++){
		amt := principal * math->pow(1.05, real year);
		sys->print("year %d: %10.2f %s\n", year, amt, stars(int (amt / 50.0)));
	}
}

stars(n: int): string
{
	s := "";
	while(n-- > 0)
		s += "*";
	return s;
}
