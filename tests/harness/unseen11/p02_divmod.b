implement DivMod;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

DivMod: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# floor division and modulo built on truncating / and %
floordiv(a, b: int): int
{
	q := a / b;
	if((a % b != 0) && ((a < 0) != (b < 0)))
		q--;
	return q;
}

floormod(a, b: int): int
{
	r := a % b;
	if(r != 0 && ((r < 0) != (b < 0)))
		r += b;
	return r;
}

# Euclidean: remainder always non-negative
eucmod(a, b: int): int
{
	r := a % b;
	if(r < 0){
		if(b > 0)
			r += b;
		else
			r -= b;
	}
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;

	pairs := array[] of {(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3), (1, -100)};
	sys->print("%6s %6s | %5s %5s | %5s %5s | %5s\n", "a", "b", "a/b", "a%b", "fdiv", "fmod", "emod");
	for(i := 0; i < len pairs; i++){
		(a, b) := pairs[i];
		sys->print("%6d %6d | %5d %5d | %5d %5d | %5d\n",
			a, b, a/b, a%b, floordiv(a, b), floormod(a, b), eucmod(a, b));
		# invariant check
		if((a/b)*b + a%b != a)
			sys->print("  invariant broken!\n");
	}

	sys->print("\nbig:\n");
	bs := array[] of {big 1000000000000, big -1000000000000, big 7, big -7};
	ds := array[] of {big 7, big -7, big 1000003};
	for(i = 0; i < len bs; i++)
		for(j := 0; j < len ds; j++)
			sys->print("  %bd / %bd = %bd rem %bd\n", bs[i], ds[j], bs[i]/ds[j], bs[i]%ds[j]);

	sys->print("\nreal fmod and remainder:\n");
	xs := array[] of {7.5, -7.5, 10.0, -10.0, 5.25};
	ys := array[] of {2.0, -2.0, 3.0};
	for(i = 0; i < len xs; i++)
		for(j = 0; j < len ys; j++)
			sys->print("  fmod(%g,%g)=%g  remainder=%g\n", xs[i], ys[j],
				math->fmod(xs[i], ys[j]), math->remainder(xs[i], ys[j]));

	sys->print("\nclock arithmetic with negative offsets:\n");
	for(h := -30; h <= 30; h += 15)
		sys->print("  hour %3d -> %2d (naive %3d)\n", h, floormod(h, 24), h % 24);

	# division by zero is a trap; the message carries a pc so only test the prefix
	zero := len pairs - 8;
	for(k := 0; k < 3; k++){
		{
			case k {
			0 => sys->print("  %d\n", 10 / zero);
			1 => sys->print("  %d\n", 10 % zero);
			2 => sys->print("  %bd\n", big 10 / big zero);
			}
		} exception e {
		"sys: fp*" =>
			sys->print("case %d: caught floating/integer trap\n", k);
		"*" =>
			sys->print("case %d: other exception %s\n", k, e);
		}
	}
	sys->print("byte division 200/7=%d 200%%7=%d\n", int (byte 200 / byte 7), int (byte 200 % byte 7));
}
