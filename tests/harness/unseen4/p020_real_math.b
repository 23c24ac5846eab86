implement RealMath;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

RealMath: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

newton(x: real): (real, int)
{
	g := x / 2.0;
	iters := 0;
	for(;;){
		n := (g + x / g) / 2.0;
		iters++;
		d := n - g;
		if(d < 0.0)
			d = -d;
		g = n;
		if(d < 1e-12 || iters > 100)
			break;
	}
	return (g, iters);
}

mean(a: array of real): real
{
	s := 0.0;
	for(i := 0; i < len a; i++)
		s += a[i];
	return s / real len a;
}

stddev(a: array of real): real
{
	m := mean(a);
	s := 0.0;
	for(i := 0; i < len a; i++)
		s += (a[i] - m) * (a[i] - m);
	return math->sqrt(s / real len a);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	vals := array[] of {2.0, 10.0, 144.0, 0.25, 1e6};
	for(i := 0; i < len vals; i++){
		(r, it) := newton(vals[i]);
		sys->print("sqrt(%g) = %.10f after %d iters (lib %.10f)\n", vals[i], r, it, math->sqrt(vals[i]));
	}
	data := array[] of {2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0};
	sys->print("mean %g stddev %g\n", mean(data), stddev(data));
	sys->print("floor/ceil: %g %g %g %g\n", math->floor(2.7), math->ceil(2.1), math->floor(-2.5), math->ceil(-2.5));
	sys->print("pow: %g %g %g\n", math->pow(2.0, 10.0), math->pow(10.0, -3.0), math->pow(2.0, 0.5));
	sys->print("fabs/fmod: %g %g\n", math->fabs(-3.25), math->fmod(10.5, 3.0));
	sys->print("pi %.12f e %.12f\n", Math->Pi, math->exp(1.0));
	sys->print("trig: %.6f %.6f %.6f\n", math->sin(Math->Pi/6.0), math->cos(Math->Pi/3.0), math->atan2(1.0, 1.0));
	sys->print("log: %.6f %.6f\n", math->log(Math->Pi), math->log10(12345.0));
	sys->print("int conv: %d %d %d %d\n", int 3.49, int 3.5, int -3.5, int 4.5);
	sys->print("real of int: %g %g\n", real 7 / real 2, real (7 / 2));
	x := 0.1 + 0.2;
	sys->print("0.1+0.2 = %.17g equal 0.3? %d\n", x, x == 0.3);
	sys->print("small/large: %g %g %e\n", 1e-300 * 1e-5, 1.7976931348623157e308, 6.02214076e23);
	sys->print("widths: [%8.3f] [%-8.2f] [%08.2f] [%+.1f]\n", Math->Pi, Math->Pi, -Math->Pi, Math->Pi);
	sum := 0.0;
	for(k := 1; k <= 1000; k++)
		sum += 1.0 / real (k * k);
	sys->fprint(sys->fildes(2), "basel partial %.9f vs pi^2/6 %.9f\n", sum, Math->Pi * Math->Pi / 6.0);
}
