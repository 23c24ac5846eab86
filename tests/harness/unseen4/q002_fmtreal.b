implement FmtReal;

include "sys.m";
	sys: Sys;
include "draw.m";

FmtReal: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	reals := array[] of {0.0, 1.0, -1.5, 3.14159265358979, 1.0e10, 1.25e-7, 123456.789, -0.000321, 2.0/3.0, 1e100};
	for(i := 0; i < len reals; i++){
		r := reals[i];
		sys->print("%d: g=%g e=%e f=%f\n", i, r, r, r);
		sys->print("   [%10.3f] [%-10.2e|] [%+.4g] [%012.5f] [%.0f]\n", r, r, r, r, r);
	}
	sys->print("[%.10g] [%.1e] [%5.1f%%]\n", 1.0/7.0, 6.02214076e23, 99.44);
	x := real 7 / real 2;
	sys->print("int to real %g, real to int %d %d %d\n", x, int 3.5, int 2.5, int -2.5);
}
