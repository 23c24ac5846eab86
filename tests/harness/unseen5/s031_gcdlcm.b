implement GcdLcm;

include "sys.m";
	sys: Sys;
include "draw.m";

GcdLcm: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

gcd(a, b: int): int
{
	if(a < 0)
		a = -a;
	if(b < 0)
		b = -b;
	while(b != 0)
		(a, b) = (b, a % b);
	return a;
}

lcm(a, b: int): int
{
	if(a == 0 || b == 0)
		return 0;
	return a / gcd(a, b) * b;
}

# extended Euclid: returns (g, x, y) with a*x + b*y = g
egcd(a, b: int): (int, int, int)
{
	if(b == 0)
		return (a, 1, 0);
	(g, x, y) := egcd(b, a % b);
	return (g, y, x - (a / b) * y);
}

modinv(a, m: int): int
{
	(g, x, nil) := egcd(a, m);
	if(g != 1)
		return -1;
	return ((x % m) + m) % m;
}

Frac: adt {
	num, den: int;

	mk:	fn(n, d: int): Frac;
	add:	fn(a: self Frac, b: Frac): Frac;
	mul:	fn(a: self Frac, b: Frac): Frac;
	text:	fn(a: self Frac): string;
};

Frac.mk(n, d: int): Frac
{
	if(d < 0){
		n = -n;
		d = -d;
	}
	g := gcd(n, d);
	if(g == 0)
		g = 1;
	return Frac(n/g, d/g);
}

Frac.add(a: self Frac, b: Frac): Frac
{
	l := lcm(a.den, b.den);
	return Frac.mk(a.num*(l/a.den) + b.num*(l/b.den), l);
}

Frac.mul(a: self Frac, b: Frac): Frac
{
	return Frac.mk(a.num*b.num, a.den*b.den);
}

Frac.text(a: self Frac): string
{
	if(a.den == 1)
		return string a.num;
	return sys->sprint("%d/%d", a.num, a.den);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	pairs := array[] of {(12, 18), (17, 5), (0, 9), (-48, 36), (1071, 462), (65536, 98304)};
	for(i := 0; i < len pairs; i++){
		(a, b) := pairs[i];
		(g, x, y) := egcd(a, b);
		sys->print("gcd(%d,%d)=%d lcm=%d egcd=(%d,%d,%d)\n", a, b, gcd(a, b), lcm(a, b), g, x, y);
	}
	l := 1;
	for(k := 1; k <= 20; k++)
		l = lcm(l, k);
	sys->print("lcm(1..20)=%d\n", l);
	sys->print("inverse of 3 mod 11 = %d, of 10 mod 17 = %d, of 6 mod 9 = %d\n",
		modinv(3, 11), modinv(10, 17), modinv(6, 9));
	h := Frac.mk(0, 1);
	for(k = 1; k <= 10; k++){
		h = h.add(Frac.mk(1, k));
		if(k % 2 == 0)
			sys->print("H(%d) = %s\n", k, h.text());
	}
	p := Frac.mk(1, 1);
	for(k = 2; k <= 6; k++)
		p = p.mul(Frac.mk(k*k - 1, k*k));
	sys->print("product (1-1/k^2), k=2..6 = %s\n", p.text());
	sys->print("neg fraction %s\n", Frac.mk(6, -8).text());
}
