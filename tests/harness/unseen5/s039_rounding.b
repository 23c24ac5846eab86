implement Rounding;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Rounding: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	rs := array[] of {0.4, 0.5, 0.6, 1.5, 2.5, -0.4, -0.5, -1.5, -2.5, 7.999, -7.999, 1e9};
	sys->print("%8s %6s %6s %6s %6s\n", "x", "int", "floor", "ceil", "rint");
	for(i := 0; i < len rs; i++){
		x := rs[i];
		sys->print("%8g %6d %6d %6d %6d\n", x, int x, int math->floor(x), int math->ceil(x), int math->rint(x));
	}
	# truncation towards zero has to be written explicitly
	for(i = 0; i < len rs; i++){
		x := rs[i];
		t: int;
		if(x < 0.0)
			t = int math->ceil(x);
		else
			t = int math->floor(x);
		sys->print("trunc(%g)=%d ", x, t);
		if(i % 4 == 3)
			sys->print("\n");
	}
	# int -> real is exact for 32-bit values; big -> real may not be
	ints := array[] of {0, 1, -1, 2147483647, -2147483647 - 1, 16777217};
	for(i = 0; i < len ints; i++){
		r := real ints[i];
		sys->print("int %d -> real %.1f -> back %d\n", ints[i], r, int r);
	}
	b := big 1 << 53;
	b += big 1;
	rb := real b;
	sys->print("2^53+1 as real %.1f, back to big %bd, lost %bd\n", rb, big rb, b - big rb);
	# integer division and modulus truncate toward zero
	pairs := array[] of {(7, 2), (-7, 2), (7, -2), (-7, -2)};
	for(i = 0; i < len pairs; i++){
		(a, d) := pairs[i];
		sys->print("%d / %d = %d rem %d; real %g\n", a, d, a / d, a % d, real a / real d);
	}
	# percentages as a payroll program would compute them
	total := 0;
	amounts := array[] of {1999, 2450, 333, 12345};
	for(i = 0; i < len amounts; i++){
		tax := int (real amounts[i] * 0.175);
		total += tax;
		sys->print("amount %d tax %d\n", amounts[i], tax);
	}
	sys->print("total tax %d\n", total);
}
