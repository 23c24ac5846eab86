implement RealArith;

include "sys.m";
	sys: Sys;
include "draw.m";

RealArith: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := 1.0;
	b := 3.0;
	sys->print("%g %g %g %g\n", a + b, a - b, a * b, a / b);
	sys->print("%s %s\n", string (a / b), string (2.0 / 3.0));
	zero := 0.0;
	inf := real "Infinity";
	ninf := real "-Infinity";
	nan := real "NaN";
	sys->print("inf %g ninf %g nan %g\n", inf, ninf, nan);
	sys->print("strs %s %s %s\n", string inf, string ninf, string nan);
	sys->print("-nan %g neg0 %g %s\n", -nan, -zero, string -zero);
	sys->print("0 == -0 %d\n", zero == -zero);
	sys->print("tiny %g\n", 1e-300 * 1e-300);
	sys->print("inf+1 %g inf*2 %g -inf*-1 %g\n", inf + a, inf * 2.0, ninf * -a);
	sys->print("%g %g %g\n", 0.1 + 0.2, 1e15 + 0.3, 123456789.0 * 1000.0);
	sys->print("%g %g %g %g\n", 100000.0, 1000000.0, 0.0001, 0.00001);
	sys->print("%f %e %.3f %.10g\n", 3.14159, 3.14159, 2.0005, 1.0 / 7.0);
	r := 10.0;
	r += 0.5; sys->print("+= %g\n", r);
	r *= 2.0; sys->print("*= %g\n", r);
	r /= 4.0; sys->print("/= %g\n", r);
	r -= 6.25; sys->print("-= %g\n", r);
	sys->print("pow %g %g %g\n", 2.0 ** 10, 2.0 ** -2, 10.0 ** 0);
	sys->print("neg %g\n", -(1.5));
	sys->print("int %d %d %d %d\n", int 2.5, int 3.5, int -2.5, int -0.5);
	sys->print("int %d %d %d %d\n", int 0.49999999999999994, int 1.4999, int -1.5001, int 1e10);
	sys->print("big %bd %bd %bd\n", big 2.5, big 1e18, big -1e19);
	sys->print("lits %g %g %g %g\n", 1., .5, 1e3, 2.5E-2);
}
