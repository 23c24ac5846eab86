implement RealArith;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

RealArith: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;

	vals := array[] of {2.5, -2.5, 3.5, 0.49999, -0.5, 1e9, 7.999999, -7.2};
	for(i := 0; i < len vals; i++) {
		v := vals[i];
		sys->print("%g: int=%d floor=%g ceil=%g big=%bd\n", v, int v, math->floor(v), math->ceil(v), big v);
	}

	sys->print("1/3=%g %.10f %e\n", 1.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0);
	sys->print("int/int=%d real div=%g\n", 7 / 2, real 7 / real 2);
	sys->print("sqrt2=%.12f pi=%.8f\n", math->sqrt(2.0), math->Pi);
	sys->print("pow=%g exp(1)=%.6f log(100)=%.6f\n", math->pow(2.0, 0.5), math->exp(1.0), math->log10(100.0));
	sys->print("fmod=%g fabs=%g\n", math->fmod(10.5, 3.0), math->fabs(-4.25));

	# accumulation error
	s := 0.0;
	for(i = 0; i < 10; i++)
		s += 0.1;
	sys->print("sum of tenths=%.17g eq1=%d\n", s, s == 1.0);

	# conversions through strings
	r := real "3.75";
	sys->print("real of string=%g string of real=%s\n", r, string r);
	sys->print("real of int=%g int of string-real=%d\n", real 12, int "42");
	sys->print("string 1e21=%s string 0.0001=%s\n", string 1e21, string 0.0001);

	# newton's method for cube root
	x := 27.0;
	g := x;
	for(i = 0; i < 30; i++)
		g = g - (g * g * g - x) / (3.0 * g * g);
	sys->print("cbrt27=%.9f\n", g);

	# harmonic numbers
	h := 0.0;
	for(n := 1; n <= 1000; n++) {
		h += 1.0 / real n;
		if(n == 1 || n == 10 || n == 100 || n == 1000)
			sys->print("H(%d)=%.6f\n", n, h);
	}

	neg := -0.0;
	sys->print("neg zero=%g compare=%d\n", neg, neg == 0.0);
	big1 := 1.0e300;
	sys->print("big/small=%g product=%g\n", big1 / 1e5, big1 * 1e-300);
	sys->print("format widths [%8.3f] [%-8.2f] [%08.2f]\n", 3.14159, 2.5, -1.25);
}
