implement RealFmt;

include "sys.m";
	sys: Sys;
include "draw.m";

RealFmt: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

vals: array of real;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	zero := 0.0;
	negzero := zero * -1.0;
	vals = array[] of {0.0, negzero, 1e-300, 1e300, -1.5e-7, 123456789.0,
		0.0001, 0.00001, 100000.0, 1000000.0, -2.5, 1.0/3.0, 2.0/3.0};
	for(i := 0; i < len vals; i++){
		v := vals[i];
		if(v > 1e15 || v < -1e15)
			sys->print("[%g] [%e] [%12.4g] [%-12.2e]\n", v, v, v, v);
		else
			sys->print("[%g] [%e] [%.3f] [%12.4g] [%-12.2e] [%+.2f]\n", v, v, v, v, v, v);
	}
	sys->print("negzero == 0.0: %d\n", negzero == 0.0);
	sys->print("negzero < 0.0: %d\n", negzero < 0.0);
	sys->print("string negzero = %s\n", string negzero);
	sys->print("[%10.0f] [%#.0f] [%.10g]\n", 2.5, 2.5, 1.0/7.0);
	sys->print("[%f]\n", 1e20);
	sys->print("[%.15e]\n", 0.1);
	sys->print("[%.17g]\n", 0.1);
	sys->print("[%G] [%E]\n", 1e-10, 12345.678);
	s := sys->sprint("%08.3f|%-8.1f|%8.1f", -3.14159, 2.75, -2.75);
	sys->print("%s\n", s);
	total := 0.0;
	for(i = 0; i < 10; i++)
		total += 0.1;
	sys->print("sum of ten 0.1 = %g  %.17g  equal1=%d\n", total, total, total == 1.0);
}
