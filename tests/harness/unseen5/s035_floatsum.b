implement FloatSum;

include "sys.m";
	sys: Sys;
include "draw.m";

FloatSum: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

kahan(a: array of real): real
{
	s := 0.0;
	c := 0.0;
	for(i := 0; i < len a; i++){
		y := a[i] - c;
		t := s + y;
		c = (t - s) - y;
		s = t;
	}
	return s;
}

naive(a: array of real): real
{
	s := 0.0;
	for(i := 0; i < len a; i++)
		s += a[i];
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	n := 100000;
	a := array[n] of real;
	for(i := 0; i < n; i++)
		a[i] = 0.1;
	sys->print("naive  %.15f\n", naive(a));
	sys->print("kahan  %.15f\n", kahan(a));
	sys->print("naive %%g %g  %%e %e\n", naive(a), naive(a));
	# harmonic series forwards and backwards
	fwd := 0.0;
	for(i = 1; i <= 1000; i++)
		fwd += 1.0 / real i;
	bwd := 0.0;
	for(i = 1000; i >= 1; i--)
		bwd += 1.0 / real i;
	sys->print("H1000 fwd %.17g\n", fwd);
	sys->print("H1000 bwd %.17g\n", bwd);
	sys->print("differ: %d\n", fwd != bwd);
	# alternating series for ln 2 and pi/4
	ln2 := 0.0;
	pi4 := 0.0;
	sign := 1.0;
	for(k := 1; k <= 2000; k++){
		ln2 += sign / real k;
		pi4 += sign / real (2*k - 1);
		sign = -sign;
	}
	sys->print("ln2 ~ %.10f  pi ~ %.10f\n", ln2, 4.0*pi4);
	vals := array[] of {0.0, 1.0, -1.5, 123456.789, 1e-5, 6.02214076e23, 1.0/3.0, 100.0};
	for(i = 0; i < len vals; i++)
		sys->print("%-14g|%14.3f|%14.4e|%g\n", vals[i], vals[i], vals[i], -vals[i]);
	sys->print("default real print: %g %g %g\n", 0.5, 2.0/3.0, 1e21);
	sys->print("string of real: %s %s\n", string 2.25, string (1.0/7.0));
	r := real "3.5e2";
	sys->print("real of string: %f\n", r + 0.5);
}
