implement RealLiterals;

# a "." after digits always starts a fraction: 1.e-30, 2., 3.E+2 (appl/math/gr.b)
include "sys.m";
	sys: Sys;
include "draw.m";
RealLiterals: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	r := 1.e-30;
	s := 2.;
	t := .5e2;
	u := 3.E+2;
	sys->print("%g %g %g %g\n", r, s, t, u);
}
