implement Bigrational;

include "sys.m";
	sys: Sys;
include "draw.m";

Bigrational: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Rat: adt {
	num, den:	big;

	mk:	fn(n, d: big): Rat;
	parse:	fn(s: string): Rat;
	add:	fn(a: self Rat, b: Rat): Rat;
	sub:	fn(a: self Rat, b: Rat): Rat;
	mul:	fn(a: self Rat, b: Rat): Rat;
	div:	fn(a: self Rat, b: Rat): Rat;
	cmp:	fn(a: self Rat, b: Rat): int;
	text:	fn(a: self Rat): string;
	toreal:	fn(a: self Rat): real;
};

gcd(a, b: big): big
{
	if(a < big 0)
		a = -a;
	if(b < big 0)
		b = -b;
	while(b != big 0)
		(a, b) = (b, a % b);
	return a;
}

Rat.mk(n, d: big): Rat
{
	if(d == big 0)
		raise "rat: zero denominator";
	if(d < big 0){
		n = -n;
		d = -d;
	}
	g := gcd(n, d);
	if(g > big 1){
		n /= g;
		d /= g;
	}
	return Rat(n, d);
}

Rat.parse(s: string): Rat
{
	for(i := 0; i < len s; i++)
		if(s[i] == '/')
			return Rat.mk(big s[0:i], big s[i+1:]);
	return Rat.mk(big s, big 1);
}

Rat.add(a: self Rat, b: Rat): Rat { return Rat.mk(a.num*b.den + b.num*a.den, a.den*b.den); }
Rat.sub(a: self Rat, b: Rat): Rat { return Rat.mk(a.num*b.den - b.num*a.den, a.den*b.den); }
Rat.mul(a: self Rat, b: Rat): Rat { return Rat.mk(a.num*b.num, a.den*b.den); }
Rat.div(a: self Rat, b: Rat): Rat { return Rat.mk(a.num*b.den, a.den*b.num); }

Rat.cmp(a: self Rat, b: Rat): int
{
	d := a.sub(b).num;
	if(d < big 0)
		return -1;
	if(d > big 0)
		return 1;
	return 0;
}

Rat.text(a: self Rat): string
{
	if(a.den == big 1)
		return string a.num;
	return string a.num + "/" + string a.den;
}

Rat.toreal(a: self Rat): real
{
	return real a.num / real a.den;
}

ZERO: con big 0;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# harmonic numbers
	h := Rat(ZERO, big 1);
	for(i := 1; i <= 20; i++){
		h = h.add(Rat.mk(big 1, big i));
		if(i % 5 == 0)
			sys->print("H(%d) = %s ~ %.6f\n", i, h.text(), h.toreal());
	}
	# continued fraction convergents of sqrt(2): 1 + 1/(2 + 1/(2 + ...))
	x := Rat.mk(big 1, big 1);
	two := Rat.parse("2");
	one := Rat.parse("1");
	for(i = 0; i < 12; i++)
		x = one.add(one.div(one.add(x)));
	sys->print("sqrt2 ~ %s = %.12f\n", x.text(), x.toreal());
	sys->print("x*x - 2 = %s\n", x.mul(x).sub(two).text());
	exprs := array[] of {"3/4", "-6/8", "10/-4", "0/5", "7", "1/0", "22/7"};
	prev := Rat(ZERO, big 1);
	for(i = 0; i < len exprs; i++){
		{
			r := Rat.parse(exprs[i]);
			sys->print("%-6s => %-6s cmp prev %d\n", exprs[i], r.text(), r.cmp(prev));
			prev = r;
		}exception e{
		"rat:*" =>
			sys->print("%-6s => error %s\n", exprs[i], e);
		}
	}
	big1 := Rat.mk(big 16r7FFFFFFF * big 3, big 9);
	sys->print("big %s, 2^62 = %bd\n", big1.text(), big 1 << 62);
}
