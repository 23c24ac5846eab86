implement FmtRealEF;
include "sys.m";
	sys: Sys;
include "draw.m";
FmtRealEF: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	vals := array[] of {0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.005, 2.675, 1e10, 1e-10, 123.456, -9.9999, 99.5, 0.05};
	for(i := 0; i < len vals; i++){
		v := vals[i];
		sys->print("%e|%E|%.0e|%.2e|%#.0e|%12.3e|%-12.3e|%+e\n", v, v, v, v, v, v, v, v);
		sys->print("%f|%.0f|%.1f|%.2f|%#.0f|%10.2f|%-10.2f|%+.1f|%010.2f\n", v, v, v, v, v, v, v, v, v);
	}
	sys->print("%.15f\n%.20f\n%.25f\n%.30e\n", 0.1, 0.1, 0.1, 0.1);
	sys->print("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, 3.5);
	sys->print("%f %e\n", 1e50, 1e300);
}
