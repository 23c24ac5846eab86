implement FmtReal;

include "sys.m";
	sys: Sys;
include "draw.m";

FmtReal: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	vals := array[] of {0.0, 1.0, -1.0, 3.14159265358979, -2.71828, 0.000123456, 123456.789, 1e-10, 6.02214076e23, 0.5, 100.0};
	for(i := 0; i < len vals; i++){
		v := vals[i];
		sys->print("%-3d f=[%f] e=[%e] g=[%g]\n", i, v, v, v);
	}
	sys->print("\nprecision:\n");
	pi := 3.14159265358979;
	for(p := 0; p <= 8; p += 2)
		sys->print("  .%d: [%.*f] [%.*e] [%.*g]\n", p, p, pi, p, pi, p, pi);
	sys->print("\nwidths:\n");
	sys->print("[%10.3f] [%-10.3f] [%010.3f] [%+.3f] [%+10.2e]\n", pi, pi, pi, pi, pi);
	sys->print("[%10.3f] [%-10.3f] [%010.3f] [%+.3f] [%+10.2e]\n", -pi, -pi, -pi, -pi, -pi);
	sys->print("[%G] [%E] [%.3G]\n", 1.5e-20, 1.5e-20, 123456789.0);
	sys->print("[%#g] [%#.0f] [%.0f] [%.0f] [%.0f]\n", 2.0, 3.0, 0.5, 1.5, 2.5);

	# rounding edge cases
	sys->print("\nrounding:\n");
	tests := array[] of {0.125, 0.375, 1.005, 2.675, 9.995, 99.5, 0.05};
	for(i = 0; i < len tests; i++)
		sys->print("  %g -> %.2f %.1f %.0f\n", tests[i], tests[i], tests[i], tests[i]);

	# table of square roots by Newton's method
	sys->print("\n%6s %12s %12s\n", "n", "sqrt", "n/sqrt");
	for(n := 1; n <= 10; n++){
		x := real n;
		g := x;
		for(k := 0; k < 30; k++)
			g = (g + x/g) / 2.0;
		sys->print("%6d %12.8f %12.4e\n", n, g, x/g);
	}
	# compound interest
	bal := 1000.0;
	for(y := 1; y <= 5; y++){
		bal *= 1.05;
		sys->print("year %d: %9.2f\n", y, bal);
	}
}
