implement RealString;

include "sys.m";
	sys: Sys;
include "draw.m";

RealString: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	rs := array[] of {
		1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1e6, 1e7, 123456.0, 1234567.0,
		0.1, 0.01, 0.001, 0.0001, 0.00001, 0.000123, 1.5e-5, 1e21, 1e22, 1e23,
		9007199254740993.0, 0.3, 2.0 / 3.0, 1.0 / 3.0, 3.141592653589793, 2.718281828459045,
		1.7976931348623157e308, 2.2250738585072014e-308, 4.35, 0.1 * 3.0, 100.5, 99999.99,
		123e10, 5e-5, 12345678901234567890.0, -1.25, -0.001, 1e100, 1.1e-100, 65536.0 * 65536.0,
	};
	for(i := 0; i < len rs; i++){
		r := rs[i];
		s := string r;
		back := real s;
		sys->print("%s %d | %g | %e | %.3g", s, back == r, r, r, r);
		if(r < 1e15 && r > -1e15)
			sys->print(" | %f", r);
		sys->print("\n");
	}
	x := 0.0;
	for(i = 0; i < 10; i++)
		x += 0.1;
	sys->print("sum %s %d\n", string x, x == 1.0);
	y := 1.0;
	for(i = 0; i < 30; i++)
		y *= 1.1;
	sys->print("pow %s\n", string y);
	sys->print("concat " + string 1.5 + " " + string -2.0 + "\n");
}
