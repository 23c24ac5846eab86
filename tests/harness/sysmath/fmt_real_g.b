implement FmtRealG;
include "sys.m";
	sys: Sys;
include "draw.m";
FmtRealG: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	vals := array[] of {0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 123456.0, 1234567.0, 12345678.0,
		1e-4, 1e-5, 1.0/3.0, 2.0/3.0, 1e21, 1e22, 1e100, 1e-100,
		2.2250738585072014e-308, 100.0, 1e15, 1e16, 123456789012345678.0,
		0.000123456789, 3.0e9, 65536.0*65536.0};
	for(i := 0; i < len vals; i++){
		v := vals[i];
		sys->print("%g|%s|%G|%.3g|%.10g|%#g|%10g|%-10g|%+g|%e|%f\n", v, string v, v, v, v, v, v, v, v, v, v);
	}
	m := 1.7976931348623157e308;
	sys->print("%g|%s|%.3g|%e|%G\n", m, string m, m, m, -m);
}
