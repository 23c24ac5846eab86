implement FixedPoint;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

FixedPoint: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

FRAC: con 16;
ONE: con 1 << FRAC;

fix(r: real): int
{
	return int (r * real ONE);
}

unfix(f: int): real
{
	return real f / real ONE;
}

fmul(a, b: int): int
{
	return int ((big a * big b) >> FRAC);
}

fdiv(a, b: int): int
{
	if(b == 0)
		raise "fixed: divide by zero";
	return int ((big a << FRAC) / big b);
}

# naive multiply that overflows the 32-bit intermediate
fmulbad(a, b: int): int
{
	return (a * b) >> FRAC;
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

# CORDIC rotation mode: angles in 16.16 radians
atantab: array of int;
KGAIN: int;

cordicinit()
{
	atantab = array[16] of int;
	k := 1.0;
	for(i := 0; i < 16; i++){
		atantab[i] = fix(math->atan(math->pow(2.0, real -i)));
		k *= 1.0 / math->sqrt(1.0 + math->pow(2.0, real (-2*i)));
	}
	KGAIN = fix(k);
}

cordic(theta: int): (int, int)
{
	x := KGAIN;
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
	return (x, y);	# (cos, sin)
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;

	a := fix(3.25);
	b := fix(-1.5);
	sys->print("a=%.8ux (%g) b=%.8ux (%g)\n", a, unfix(a), b, unfix(b));
	sys->print("a+b=%g a-b=%g a*b=%g a/b=%g\n",
		unfix(a+b), unfix(a-b), unfix(fmul(a, b)), unfix(fdiv(a, b)));

	big1 := fix(300.0);
	big2 := fix(250.0);
	sys->print("300*250 exceeds 16.16: via big=%g via int=%g\n", unfix(fmul(big1, big2)), unfix(fmulbad(big1, big2)));
	sys->print("1/3 = %.8ux = %.10f (error %.3e)\n", fdiv(ONE, fix(3.0)),
		unfix(fdiv(ONE, fix(3.0))), unfix(fdiv(ONE, fix(3.0))) - 1.0/3.0);

	sys->print("square roots:\n");
	for(v := 1; v <= 10000; v *= 10){
		s := fsqrt(v << FRAC);
		sys->print("  sqrt(%d) = %.5f (true %.5f)\n", v, unfix(s), math->sqrt(real v));
	}
	sys->print("  sqrt(0.5) = %.5f\n", unfix(fsqrt(fix(0.5))));

	cordicinit();
	sys->print("cordic gain %.8ux, atan table:", KGAIN);
	for(i := 0; i < 6; i++)
		sys->print(" %d", atantab[i]);
	sys->print("\n");
	maxerr := 0.0;
	for(deg := -90; deg <= 90; deg += 15){
		th := fix(real deg * Math->Degree);
		(c, s) := cordic(th);
		e := math->fabs(unfix(s) - math->sin(real deg * Math->Degree));
		if(e > maxerr)
			maxerr = e;
		sys->print("  %4d deg: cos %8.5f sin %8.5f\n", deg, unfix(c), unfix(s));
	}
	sys->print("max sin error below 1e-3: %d\n", maxerr < 1e-3);

	# compound interest in fixed point vs real
	bal := fix(1000.0);
	rate := fix(0.05);
	rb := 1000.0;
	for(y := 0; y < 10; y++){
		bal += fmul(bal, rate);
		rb *= 1.05;
	}
	sys->print("10 years at 5%%: fixed %.4f real %.4f\n", unfix(bal), rb);
	{
		fdiv(ONE, 0);
	} exception e {
	"fixed:*" =>
		sys->print("%s\n", e);
	}
}
