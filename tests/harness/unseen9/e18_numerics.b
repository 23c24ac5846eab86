implement Numerics;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Numerics: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

simpson(f: ref fn(x: real): real, a, b: real, n: int): real
{
	if(n % 2)
		n++;
	h := (b - a) / real n;
	s := f(a) + f(b);
	for(i := 1; i < n; i++){
		x := a + real i * h;
		if(i % 2)
			s += 4.0 * f(x);
		else
			s += 2.0 * f(x);
	}
	return s * h / 3.0;
}

trapezoid(f: ref fn(x: real): real, a, b: real, n: int): real
{
	h := (b - a) / real n;
	s := (f(a) + f(b)) / 2.0;
	for(i := 1; i < n; i++)
		s += f(a + real i * h);
	return s * h;
}

gauss(x: real): real
{
	return math->exp(-x*x);
}

recip(x: real): real
{
	return 1.0 / x;
}

cubic(x: real): real
{
	return x*x*x - 2.0*x - 5.0;
}

dcubic(x: real): real
{
	return 3.0*x*x - 2.0;
}

newton(f, df: ref fn(x: real): real, x: real): (real, int)
{
	for(i := 1; i <= 50; i++){
		dx := f(x) / df(x);
		x -= dx;
		if(math->fabs(dx) < 1e-14)
			return (x, i);
	}
	return (x, -1);
}

bisect(f: ref fn(x: real): real, lo, hi: real): (real, int)
{
	n := 0;
	while(hi - lo > 1e-12){
		m := (lo + hi) / 2.0;
		if((f(lo) < 0.0) == (f(m) < 0.0))
			lo = m;
		else
			hi = m;
		n++;
	}
	return ((lo + hi) / 2.0, n);
}

# arctan series for Machin's formula
arctaninv(k: int): real
{
	x := 1.0 / real k;
	x2 := x * x;
	term := x;
	sum := 0.0;
	for(n := 0; n < 40; n++){
		if(n % 2)
			sum -= term / real (2*n + 1);
		else
			sum += term / real (2*n + 1);
		term *= x2;
	}
	return sum;
}

# y' = y, y(0)=1 with classic RK4
rk4(h: real, steps: int): real
{
	y := 1.0;
	for(i := 0; i < steps; i++){
		k1 := y;
		k2 := y + h/2.0*k1;
		k3 := y + h/2.0*k2;
		k4 := y + h*k3;
		y += h/6.0*(k1 + 2.0*k2 + 2.0*k3 + k4);
	}
	return y;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;

	exact := math->sqrt(Math->Pi) * math->erf(2.0);
	for(n := 4; n <= 64; n *= 4){
		s := simpson(gauss, -2.0, 2.0, n);
		t := trapezoid(gauss, -2.0, 2.0, n);
		sys->print("n=%-3d simpson %.12f err %.3e  trapezoid %.12f err %.3e\n",
			n, s, math->fabs(s - exact), t, math->fabs(t - exact));
	}
	sys->print("ln 10 by simpson: %.10f (log gives %.10f)\n", simpson(recip, 1.0, 10.0, 200), math->log(10.0));

	(r, it) := newton(cubic, dcubic, 2.0);
	sys->print("newton root of x^3-2x-5: %.15g in %d steps\n", r, it);
	(r, it) = bisect(cubic, 2.0, 3.0);
	sys->print("bisection root:          %.12g in %d steps\n", r, it);

	pi := 4.0 * (4.0 * arctaninv(5) - arctaninv(239));
	sys->print("machin pi = %.15f, diff %g\n", pi, pi - Math->Pi);

	e := 0.0;
	term := 1.0;
	for(k := 1; k < 20; k++){
		e += term;
		term /= real k;
	}
	sys->print("e by series = %.15f, exp(1) = %.15f\n", e, math->exp(1.0));

	for(steps := 10; steps <= 1000; steps *= 10){
		y := rk4(1.0 / real steps, steps);
		sys->print("rk4 %4d steps: %.15f rel err %e\n", steps, y, (y - math->exp(1.0)) / math->exp(1.0));
	}

	# formatting corner cases
	vals := array[] of {0.0, 1.0, -0.5, 1e-7, 123456789.0, 1.0/3.0, 6.02214076e23, 2.0**10};
	for(i := 0; i < len vals; i++)
		sys->print("%%g=%g  %%f=%f  %%e=%e  %%.3g=%.3g\n", vals[i], vals[i], vals[i], vals[i]);
	sys->print("sqrt(2)=%.17g  pow(2,0.5)=%.17g\n", math->sqrt(2.0), math->pow(2.0, 0.5));
	sys->print("real of int: %g, int of real 1e9: %d, string of real: %s\n", real 7 / 2.0, int 1e9, string 2.75);
}
