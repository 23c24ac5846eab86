implement FloorCeil;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

FloorCeil: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

round2(x: real): real
{
	# round half away from zero to 2 decimals, the way a price table wants
	s := 1.0;
	if(x < 0.0){
		s = -1.0;
		x = -x;
	}
	return s * math->floor(x * 100.0 + 0.5) / 100.0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	vals := array[] of {-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, -3.7, 3.2, -0.0, 1000000.5};
	sys->print("%8s %6s %6s %6s %6s %6s\n", "x", "floor", "ceil", "rint", "int", "trunc");
	for(i := 0; i < len vals; i++){
		x := vals[i];
		t := math->ceil(x);
		if(x > 0.0)
			t = math->floor(x);
		sys->print("%8g %6g %6g %6g %6d %6g\n", x, math->floor(x), math->ceil(x), math->rint(x), int x, t);
	}
	prices := array[] of {2.675, 1.005, -1.005, 0.125, 19.999};
	for(i = 0; i < len prices; i++)
		sys->print("round2(%g) = %.2f\n", prices[i], round2(prices[i]));
	math->FPcontrol(Math->RND_Z, Math->RND_MASK);
	sys->print("round toward zero: rint(2.7)=%g rint(-2.7)=%g\n", math->rint(2.7), math->rint(-2.7));
	math->FPcontrol(Math->RND_PINF, Math->RND_MASK);
	sys->print("round up: rint(2.1)=%g rint(-2.9)=%g\n", math->rint(2.1), math->rint(-2.9));
	math->FPcontrol(Math->RND_NINF, Math->RND_MASK);
	sys->print("round down: rint(2.9)=%g rint(-2.1)=%g\n", math->rint(2.9), math->rint(-2.1));
	math->FPcontrol(Math->RND_NR, Math->RND_MASK);
	sys->print("nearest again: rint(0.5)=%g rint(1.5)=%g\n", math->rint(0.5), math->rint(1.5));
	n := 7;
	d := 2;
	sys->print("int half: %d/%d=%d (-%d)/%d=%d\n", n, d, n/d, n, d, -n/d);
	sys->print("real to int rounds: int 7.5=%d int -7.5=%d int 7.49=%d\n", int 7.5, int -7.5, int 7.49);
}
