# exercises format edge cases: %q quoting rules, %c of unusual runes, %x with width of big, %e rounding, %g exponent switch
implement Fmtedge;
include "sys.m";
include "draw.m";
sys: Sys;
Fmtedge: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	qs := array[] of {"a=b", "#x", "semi;colon", "dollar$", "back\\slash", "quote\"d", "{brace}", "~tilde", "ok-_./+:"};
	for(i := 0; i < len qs; i++) sys->print("%q ", qs[i]);
	sys->print("\n");
	sys->print("[%c][%c][%c]\n", 16r7f, 16rffff, 16r10ffff);
	sys->print("[%10bx][%-10bX][%#bx][%.3bd]\n", big 255, big 255, big 16rabc, big 5);
	g := array[] of {1e-4, 1e-5, 123456.0, 1234567.0, 0.000123456789, 9.9999995};
	for(i = 0; i < len g; i++) sys->print("%g|%.3e|%.2f ", g[i], g[i], g[i]);
	sys->print("\n");
	sys->print("[%.0g][%.1g][%.20f]\n", 0.5, 0.05, 0.1);
	sys->print("[%5%][%-5d|][%+.2f]\n", 3, -0.004);
	sys->print("[%x][%X][%o]\n", 'z', -16, 8);
	sys->print("[%.0f %.0f %.0f %.0f]\n", 0.5, 1.5, 2.5, -0.5);
}
