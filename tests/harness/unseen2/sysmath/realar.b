# exercises real arithmetic: rounding, large/small values, comparisons, int conversion of halfway values, -0
implement Realar;
include "sys.m";
include "draw.m";
sys: Sys;
Realar: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := 0.1; s := 0.0;
	for(i := 0; i < 10; i++) s += x;
	sys->print("%g %.17g %d\n", s, s, s == 1.0);
	h := array[] of {0.5, 1.5, 2.5, -0.5, -1.5, 1e9 + 0.5, 0.49999999999999994};
	for(i = 0; i < len h; i++) sys->print("%g->%d ", h[i], int h[i]);
	sys->print("\n");
	z := 0.0; nz := -z;
	sys->print("%g %g %d\n", z, nz, z == nz);
	big1 := 1e300 * 1e5 / 1e10;
	sys->print("%g\n", big1);
	sm := 1e-300 / 1e5;
	sys->print("%g\n", sm);
	sys->print("%g %g\n", 7.0 / 2.0, -7.0 / 2.0);
	a := 1e16; b := a + 1.0;
	sys->print("%g %d\n", b - a, b == a);
	sys->print("%.20g\n", 2.0 ** 60);
	r := 3.0; r /= 4.0; r *= 8.0; r -= 0.5;
	sys->print("%g\n", r);
	sys->print("%g\n", real 2147483647 + 1.0);
	sys->print("%bd\n", big 9.2e18);
	sys->print("%g %g\n", 2.0 ** -3, 10.0 ** 0);
}
