implement Rational;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Rational: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Q: adt {
	n, d:	big;

	mk:	fn(n, d: big): Q;
	add:	fn(a: self Q, b: Q): Q;
	sub:	fn(a: self Q, b: Q): Q;
	mul:	fn(a: self Q, b: Q): Q;
	div:	fn(a: self Q, b: Q): Q;
	cmp:	fn(a: self Q, b: Q): int;
	text:	fn(a: self Q): string;
	toreal:	fn(a: self Q): real;
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

Q.mk(n, d: big): Q
{
	if(d == big 0)
		raise "rational: zero denominator";
	if(d < big 0){
		n = -n;
		d = -d;
	}
	g := gcd(n, d);
	if(g > big 1){
		n /= g;
		d /= g;
	}
	return Q(n, d);
}

Q.add(a: self Q, b: Q): Q { return Q.mk(a.n*b.d + b.n*a.d, a.d*b.d); }
Q.sub(a: self Q, b: Q): Q { return Q.mk(a.n*b.d - b.n*a.d, a.d*b.d); }
Q.mul(a: self Q, b: Q): Q { return Q.mk(a.n*b.n, a.d*b.d); }
Q.div(a: self Q, b: Q): Q { return Q.mk(a.n*b.d, a.d*b.n); }

Q.cmp(a: self Q, b: Q): int
{
	x := a.n*b.d;
	y := b.n*a.d;
	if(x < y)
		return -1;
	if(x > y)
		return 1;
	return 0;
}

Q.text(a: self Q): string
{
	if(a.d == big 1)
		return string a.n;
	return sys->sprint("%bd/%bd", a.n, a.d);
}

Q.toreal(a: self Q): real
{
	return real a.n / real a.d;
}

# continued fraction expansion of a real, truncated
contfrac(x: real, terms: int): list of int
{
	l: list of int;
	for(i := 0; i < terms; i++){
		a := int math->floor(x);
		l = a :: l;
		f := x - real a;
		if(f < 1e-9)
			break;
		x = 1.0 / f;
	}
	r: list of int;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

convergent(cf: list of int): Q
{
	a := array[len cf] of int;
	for(i := 0; cf != nil; cf = tl cf)
		a[i++] = hd cf;
	q := Q.mk(big a[len a - 1], big 1);
	for(i = len a - 2; i >= 0; i--)
		q = Q.mk(big a[i], big 1).add(Q.mk(q.d, q.n));
	return q;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	# harmonic numbers
	h := Q.mk(big 0, big 1);
	for(k := 1; k <= 20; k++){
		h = h.add(Q.mk(big 1, big k));
		if(k % 5 == 0)
			sys->print("H(%d) = %s ~ %.10f\n", k, h.text(), h.toreal());
	}
	a := Q.mk(big 3, big -4);
	b := Q.mk(big 10, big 6);
	sys->print("a=%s b=%s sum=%s diff=%s prod=%s quot=%s cmp=%d\n",
		a.text(), b.text(), a.add(b).text(), a.sub(b).text(), a.mul(b).text(), a.div(b).text(), a.cmp(b));
	consts := array[] of {("pi", math->Pi), ("e", math->exp(1.0)), ("sqrt2", math->sqrt(2.0)), ("phi", (1.0 + math->sqrt(5.0)) / 2.0)};
	for(i := 0; i < len consts; i++){
		(name, v) := consts[i];
		cf := contfrac(v, 8);
		s := "";
		for(l := cf; l != nil; l = tl l)
			s += " " + string hd l;
		q := convergent(cf);
		sys->print("%-5s [%s ] ~ %s err %.3e\n", name, s, q.text(), math->fabs(q.toreal() - v));
	}
	# Egyptian fraction of 7/15 by greedy method
	r := Q.mk(big 7, big 15);
	eg := "";
	while(r.n != big 0){
		c := (r.d + r.n - big 1) / r.n;
		u := Q.mk(big 1, c);
		eg += " " + u.text();
		r = r.sub(u);
	}
	sys->print("7/15 =%s\n", eg);
	{
		Q.mk(big 1, big 2).div(Q.mk(big 0, big 5));
	} exception e {
	"rational:*" =>
		sys->print("caught: %s\n", e);
	}
}
