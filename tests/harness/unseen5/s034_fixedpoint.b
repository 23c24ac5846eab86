implement FixedPoint;

include "sys.m";
	sys: Sys;
include "draw.m";

FixedPoint: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# 16.16 fixed point in an int
FRAC: con 16;
ONE: con 1 << FRAC;

fx(i: int): int { return i << FRAC; }

fmul(a, b: int): int
{
	return int ((big a * big b) >> FRAC);
}

fdiv(a, b: int): int
{
	return int ((big a << FRAC) / big b);
}

# decimal rendering with 4 digits after the point, rounded
fstr(a: int): string
{
	sign := "";
	if(a < 0){
		sign = "-";
		a = -a;
	}
	ip := a >> FRAC;
	fp := a & (ONE - 1);
	dec := (fp * 10000 + ONE/2) >> FRAC;
	if(dec >= 10000){
		ip++;
		dec -= 10000;
	}
	return sys->sprint("%s%d.%04d", sign, ip, dec);
}

fsqrt(a: int): int
{
	if(a <= 0)
		return 0;
	x := a;
	if(x < ONE)
		x = ONE;
	for(i := 0; i < 20; i++)
		x = (x + fdiv(a, x)) / 2;
	return x;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	half := ONE / 2;
	sys->print("one=%d (%ux) half=%s\n", ONE, ONE, fstr(half));
	a := fx(3) + ONE/4;	# 3.25
	b := fx(-2) - ONE/8;	# -2.125
	sys->print("a=%s b=%s\n", fstr(a), fstr(b));
	sys->print("a+b=%s a-b=%s\n", fstr(a+b), fstr(a-b));
	sys->print("a*b=%s a/b=%s\n", fstr(fmul(a, b)), fstr(fdiv(a, b)));
	vals := array[] of {2, 3, 10, 144};
	for(i := 0; i < len vals; i++)
		sys->print("sqrt(%d)=%s\n", vals[i], fstr(fsqrt(fx(vals[i]))));
	# compound interest: 5% a year for 10 years on 1000
	rate := ONE + fdiv(fx(5), fx(100));
	m := fx(1000);
	for(y := 1; y <= 10; y++){
		m = fmul(m, rate);
		if(y % 5 == 0)
			sys->print("year %d: %s\n", y, fstr(m));
	}
	# compare with real arithmetic
	r := 1000.0;
	for(y = 0; y < 10; y++)
		r *= 1.05;
	sys->print("real result %.4f, fixed error %.4f\n", r, real m / real ONE - r);
	# truncation of a negative value
	neg := fx(-7) / 2;
	sys->print("-7/2 = %s, int part via shift %d, via divide %d\n", fstr(neg), neg >> FRAC, neg / ONE);
}
