# exercises sys->print real formats %g %e %f with width/precision/flags and special values
#deviation: %f of 1.797e308 overflows the 64-byte buffer of libmath gfltconv and crashes emu; disbridge prints all 309 digits (docs/deviations.md)
implement Fmtreal;
include "sys.m";
include "draw.m";
sys: Sys;
Fmtreal: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	v := array[] of {0.0, 1.0, -1.5, 3.14159265358979, 1e-5, 123456789.0, 1e21, 2.0/3.0, 0.1+0.2, 1e-300, 1.7976931348623157e308, 100.0, 0.5};
	for(i := 0; i < len v; i++){
		x := v[i];
		sys->print("[%g][%e][%f][%.3g][%.2e][%.0f][%10.4f][%-10.2g][%+g][%#g]\n",
			x, x, x, x, x, x, x, x, x, x);
	}
	sys->print("[%G][%E][%5.1f%%]\n", 1.5e-10, 12345.678, 99.95);
	sys->print("[%.10g][%.17g][%.1f][%.1f]\n", 1.0/7.0, 0.1, 0.25, 0.35);
	sys->print("[%010.3f][%.0e]\n", -3.14159, 15000.0);
}
