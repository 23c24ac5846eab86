implement Fixed;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Fixed: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

# 16.16 fixed point held in an int; products go through big
FRAC: con 16;
ONE: con 1 << FRAC;

# note: Limbo's real-to-int conversion rounds to nearest
fx(r: real): int
{
	return int(r * real ONE);
}

trunc(r: real): int
{
	return int math->floor(r);
}

tor(f: int): real
{
	return real f / real ONE;
}

fmul(a, b: int): int
{
	return int ((big a * big b) >> FRAC);
}

fdiv(a, b: int): int
{
	return int ((big a << FRAC) / big b);
}

fsqrt(a: int): int
{
	if(a <= 0)
		return 0;
	x := a;
	if(x < ONE)
		x = ONE;
	for(i := 0; i < 30; i++){
		nx := (x + fdiv(a, x)) / 2;
		if(nx == x)
			break;
		x = nx;
	}
	return x;
}

# CORDIC in 16.16 for angles in [-pi/2, pi/2]
atantab: array of int;
KINV: int;

cordicinit()
{
	atantab = array[16] of int;
	k := 1.0;
	for(i := 0; i < 16; i++){
		atantab[i] = fx(math->atan(math->pow(2.0, real -i)));
		k *= 1.0 / math->sqrt(1.0 + math->pow(2.0, real (-2*i)));
	}
	KINV = fx(k);
}

cordic(theta: int): (int, int)
{
	x := KINV;
	y := 0;
	z := theta;
	for(i := 0; i < 16; i++){
		dx := x >> i;
		dy := y >> i;
		if(z >= 0){
			x -= dy;
			y += dx;
			z -= atantab[i];
		}else{
			x += dy;
			y -= dx;
			z += atantab[i];
		}
	}
	return (x, y);
}

text(f: int): string
{
	neg := "";
	if(f < 0){
		neg = "-";
		f = -f;
	}
	ip := f >> FRAC;
	frac := f & (ONE-1);
	# four decimal places, rounded
	d := (frac * 10000 + ONE/2) >> FRAC;
	if(d >= 10000){
		ip++;
		d -= 10000;
	}
	return sys->sprint("%s%d.%.4d", neg, ip, d);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;

	a := fx(3.25);
	b := fx(-1.5);
	sys->print("a=%s (raw %d, hex %ux) b=%s (raw %d)\n", text(a), a, a, text(b), b);
	sys->print("a+b=%s a-b=%s a*b=%s a/b=%s\n", text(a+b), text(a-b), text(fmul(a, b)), text(fdiv(a, b)));

	sys->print("%6s %12s %12s %12s\n", "x", "fixed sqrt", "real sqrt", "error");
	xs := array[] of {0.25, 2.0, 10.0, 100.0, 12345.678};
	for(i := 0; i < len xs; i++){
		f := fsqrt(fx(xs[i]));
		r := math->sqrt(xs[i]);
		sys->print("%6g %12s %12.6f %12.3e\n", xs[i], text(f), r, math->fabs(tor(f) - r));
	}

	cordicinit();
	sys->print("cordic gain inverse %s\n", text(KINV));
	maxerr := 0.0;
	for(deg := -90; deg <= 90; deg += 30){
		th := fx(real deg * Math->Pi / 180.0);
		(c, s) := cordic(th);
		es := math->fabs(tor(s) - math->sin(real deg * Math->Pi / 180.0));
		ec := math->fabs(tor(c) - math->cos(real deg * Math->Pi / 180.0));
		if(es > maxerr)
			maxerr = es;
		if(ec > maxerr)
			maxerr = ec;
		sys->print("  %4d deg: cos %8s sin %8s\n", deg, text(c), text(s));
	}
	sys->print("max cordic error below 1e-3: %d\n", maxerr < 1e-3);

	# compound interest in fixed point versus real
	rate := fx(0.05);
	bal := fx(1000.0);
	rb := 1000.0;
	for(y := 0; y < 10; y++){
		bal += fmul(bal, rate);
		rb *= 1.05;
	}
	sys->print("10 years at 5%%: fixed %s real %.4f\n", text(bal), rb);

	# overflow boundary of 16.16
	sys->print("largest value %s, smallest step %g\n", text(16r7fffffff), tor(1));
	sys->print("rounding: int 2.5=%d int 3.5=%d int -2.5=%d int 0.49=%d floor 2.7=%d floor -2.7=%d\n",
		int 2.5, int 3.5, int -2.5, int 0.49, trunc(2.7), trunc(-2.7));
	sys->print("pi as fixed %s raw %d; e as fixed %s\n", text(fx(Math->Pi)), fx(Math->Pi), text(fx(math->exp(1.0))));
}
