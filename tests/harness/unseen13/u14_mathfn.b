implement Mathfn;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Mathfn: module
{
	init: fn(nil: ref Draw->Context, nil: list of string);
};

# Newton's method for sqrt, compared with Math->sqrt
newton(x: real): (real, int)
{
	if(x == 0.0)
		return (0.0, 0);
	g := x;
	for(i := 1; i < 100; i++){
		ng := 0.5*(g + x/g);
		if(math->fabs(ng-g) < 1e-15*ng)
			return (ng, i);
		g = ng;
	}
	return (g, 100);
}

simpson(f: ref fn(x: real): real, a, b: real, n: int): real
{
	h := (b-a)/real n;
	s := f(a) + f(b);
	for(i := 1; i < n; i++){
		if(i & 1)
			s += 4.0*f(a+real i*h);
		else
			s += 2.0*f(a+real i*h);
	}
	return s*h/3.0;
}

gauss(x: real): real
{
	return math->exp(-x*x/2.0)/math->sqrt(2.0*Math->Pi);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	xs := array[] of {2.0, 10.0, 0.5, 1e6, 123.456};
	for(i := 0; i < len xs; i++){
		(r, it) := newton(xs[i]);
		sys->print("sqrt(%g) = %.12f in %d iters, err %.2e\n", xs[i], r, it, math->fabs(r-math->sqrt(xs[i])));
	}
	sys->print("sin integral 0..pi = %.10f\n", simpson(math->sin, 0.0, Math->Pi, 100));
	sys->print("normal -1..1 = %.6f\n", simpson(gauss, -1.0, 1.0, 200));
	sys->print("normal -3..3 = %.6f\n", simpson(gauss, -3.0, 3.0, 200));
	sys->print("pow(2,0.5)=%.9f hypot(3,4)=%g atan2(1,1)*4=%.12f\n",
		math->pow(2.0, 0.5), math->hypot(3.0, 4.0), 4.0*math->atan2(1.0, 1.0));
	sys->print("floor(-2.5)=%g ceil(-2.5)=%g fmod(7.5,2)=%g\n",
		math->floor(-2.5), math->ceil(-2.5), math->fmod(7.5, 2.0));
	sys->print("log10(1000)=%g log(e)=%g\n", math->log10(1000.0), math->log(math->exp(1.0)));
	sys->print("isnan(NaN)=%d finite(Inf)=%d\n", math->isnan(Math->NaN), math->finite(Math->Infinity));
	sys->print("int of 2.5 = %d, 3.5 = %d, -2.5 = %d\n", int 2.5, int 3.5, int -2.5);
}
