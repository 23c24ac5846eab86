implement R04;
include "sys.m";
	sys: Sys;
include "draw.m";
R04: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	rs := array[] of {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999, 2.6, -2.6, 1e9, 3.0};
	for(i := 0; i < len rs; i++)
		sys->print("int(%g) = %d  big %bd\n", rs[i], int rs[i], big rs[i]);
	sys->print("div %g %g %g\n", 1.0/3.0, 2.0/3.0, -7.0/2.0);
	sys->print("f %f %.2f %.0f %10.3f|%-10.3f|\n", 3.14159, 2.675, 0.5, -1.5, 1.25);
	sys->print("e %e %.3e %E\n", 12345.678, 0.000123, 1e100);
	sys->print("g %g %g %g %g %g\n", 1e-5, 123456789.0, 0.1, 100.0, 1e21);
	sys->print("g prec %.3g %.10g %.1g\n", 3.14159, 1.0/7.0, 0.05);
	x := 0.1 + 0.2;
	sys->print("0.1+0.2 %g %.17g eq %d\n", x, x, x == 0.3);
	sys->print("real of int %g %g\n", real 7, real -2147483648);
	y := 1.0;
	for(i = 0; i < 20; i++)
		y *= 10.0;
	sys->print("1e20 %g %f\n", y, y);
	z := 1.0;
	for(i = 0; i < 400; i++)
		z *= 10.0;
	sys->print("inf %g %g\n", z, -z);
	n := z - z;
	sys->print("nan %g eq %d\n", n, n == n);
	sys->print("neg zero %g\n", -0.0);
	sys->print("cmp %d %d\n", 1.5 < 2.0, -0.0 == 0.0);
	a := 7.5;
	a += 0.25; a *= 2.0; a -= 1.0; a /= 4.0;
	sys->print("compound %g\n", a);
	sys->print("str %s %s %s\n", string 0.1, string 1e30, string -123.456);
	sys->print("real str %g %g %g\n", real "1e3", real "-.5", real "x");
	sys->print("width %8.3g|%-8g|%+g|% g\n", 3.14159, 2.5, 2.5, 2.5);
}
