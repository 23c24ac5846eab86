implement PrintReal;

include "sys.m";
	sys: Sys;
include "draw.m";

PrintReal: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	vals := array[] of {0.0, 1.0, -2.5, 3.14159265358979, 1234567.891, 0.000123, 1e21, -7.0e-9};
	for(i := 0; i < len vals; i++){
		v := vals[i];
		sys->print("g=%g f=%f e=%e\n", v, v, v);
	}
	x := 2.0 / 3.0;
	sys->print("[%.2f] [%8.3f] [%-8.1f] [%08.2f] [%+.1f]\n", x, x, x, x, x);
	sys->print("[%.3e] [%12.4e] [%.0f] [%.10g]\n", x, x, x, x);
	sys->print("[%g] [%G] [%.3g] [%10.4g]\n", 1e-5, 1e-5, 123456.0, 9.87654);
	p := 3;
	sys->print("[%.*f] [%*.*f]\n", p, 1.0/7.0, 10, p, 22.0/7.0);
	sys->print("round %.0f %.0f %.1f %.1f\n", 0.5, 1.5, 0.25, 0.35);
	sys->print("string of real %s %s %s\n", string x, string 100.0, string -0.001);
}
