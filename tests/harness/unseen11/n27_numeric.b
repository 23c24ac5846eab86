implement Numeric;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Numeric: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Func: type ref fn(x: real): real;

Stats: adt {
	n:	int;
	mean:	real;
	m2:	real;	# sum of squared deviations (Welford)
	lo, hi:	real;

	add:	fn(s: self ref Stats, x: real);
	variance:	fn(s: self ref Stats): real;
};

Stats.add(s: self ref Stats, x: real)
{
	s.n++;
	d := x - s.mean;
	s.mean += d / real s.n;
	s.m2 += d * (x - s.mean);
	if(s.n == 1 || x < s.lo)
		s.lo = x;
	if(s.n == 1 || x > s.hi)
		s.hi = x;
}

Stats.variance(s: self ref Stats): real
{
	if(s.n < 2)
		return 0.0;
	return s.m2 / real (s.n - 1);
}

NoConverge: exception(string, int);

newton(f, df: Func, x: real, name: string): (real, int) raises (NoConverge)
{
	for(i := 1; i <= 50; i++){
		d := df(x);
		if(d == 0.0)
			break;
		nx := x - f(x)/d;
		if(math->fabs(nx - x) < 1e-12)
			return (nx, i);
		x = nx;
	}
	raise NoConverge(name, 50);
}

simpson(f: Func, a, b: real, n: int): real
{
	h := (b - a) / real n;
	s := f(a) + f(b);
	for(i := 1; i < n; i++){
		w := 2.0;
		if(i & 1)
			w = 4.0;
		s += w * f(a + real i * h);
	}
	return s * h / 3.0;
}

sq2(x: real): real { return x*x - 2.0; }
dsq2(x: real): real { return 2.0*x; }
cubic(x: real): real { return x*x*x - 2.0*x + 2.0; }
dcubic(x: real): real { return 3.0*x*x - 2.0; }
flat(nil: real): real { return 1.0; }
dflat(nil: real): real { return 0.0; }
gauss(x: real): real { return math->exp(-x*x/2.0) / math->sqrt(2.0*math->Pi); }
recip(x: real): real { return 1.0/x; }

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	roots := array[] of {
		(sq2, dsq2, 1.0, "x^2-2"),
		(cubic, dcubic, 0.0, "x^3-2x+2"),	# cycles between 0 and 1
		(flat, dflat, 3.0, "const"),
		(cubic, dcubic, -2.0, "x^3-2x+2 from -2"),
	};
	for(i := 0; i < len roots; i++){
		(f, df, x0, name) := roots[i];
		{
			(r, iters) := newton(f, df, x0, name);
			sys->print("root of %-17s %.10f in %d steps (f=%.1g)\n", name, r, iters, f(r));
		} exception e {
		NoConverge =>
			sys->print("root of %-17s no convergence in %d steps\n", e.t0, e.t1);
		}
	}
	sys->print("sqrt(2) check %.10f\n", math->sqrt(2.0));
	sys->print("integral gauss -1..1  %.6f\n", simpson(gauss, -1.0, 1.0, 100));
	sys->print("integral 1/x 1..e     %.6f\n", simpson(recip, 1.0, math->exp(1.0), 100));
	area := simpson(math->sin, 0.0, math->Pi, 64);
	sys->print("integral sin 0..pi    %.6f\n", area);

	s := ref Stats(0, 0.0, 0.0, 0.0, 0.0);
	data := array[] of {2.5, 3.7, 1.2, 9.9, 4.4, 4.4, 6.1, 0.3, 5.0, 7.5};
	for(i = 0; i < len data; i++)
		s.add(data[i]);
	sys->print("n=%d mean=%.3f var=%.3f sd=%.3f range=[%g,%g]\n",
		s.n, s.mean, s.variance(), math->sqrt(s.variance()), s.lo, s.hi);
	sys->print("floor(-2.5)=%g ceil(-2.5)=%g pow(2,0.5)=%.6f log10(1e6)=%g\n",
		math->floor(-2.5), math->ceil(-2.5), math->pow(2.0, 0.5), math->log10(1e6));
	sys->print("int 2.5=%d int 3.5=%d int -2.5=%d real 7/2=%g\n", int 2.5, int 3.5, int -2.5, real 7 / 2.0);
}
