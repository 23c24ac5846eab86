implement BigFibMatrix;

include "sys.m";
	sys: Sys;
include "draw.m";

BigFibMatrix: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

M2: adt {
	a, b, c, d: big;
	mul: fn(x: self M2, y: M2): M2;
	modmul: fn(x: self M2, y: M2, m: big): M2;
};

M2.mul(x: self M2, y: M2): M2
{
	return M2(x.a*y.a + x.b*y.c, x.a*y.b + x.b*y.d,
		x.c*y.a + x.d*y.c, x.c*y.b + x.d*y.d);
}

M2.modmul(x: self M2, y: M2, m: big): M2
{
	return M2((x.a*y.a + x.b*y.c) % m, (x.a*y.b + x.b*y.d) % m,
		(x.c*y.a + x.d*y.c) % m, (x.c*y.b + x.d*y.d) % m);
}

fib(n: int): big
{
	r := M2(big 1, big 0, big 0, big 1);
	p := M2(big 1, big 1, big 1, big 0);
	while(n > 0){
		if(n & 1)
			r = r.mul(p);
		p = p.mul(p);
		n >>= 1;
	}
	return r.b;
}

fibmod(n: big, m: big): big
{
	r := M2(big 1, big 0, big 0, big 1);
	p := M2(big 1, big 1, big 1, big 0);
	while(n > big 0){
		if((n & big 1) == big 1)
			r = r.modmul(p, m);
		p = p.modmul(p, m);
		n >>= 1;
	}
	return r.b;
}

powmod(b, e, m: big): big
{
	r := big 1;
	b %= m;
	while(e > big 0){
		if((e & big 1) != big 0)
			r = r * b % m;
		b = b * b % m;
		e >>= 1;
	}
	return r;
}

isqrt(n: big): big
{
	if(n < big 2)
		return n;
	x := n;
	y := (x + big 1) / big 2;
	while(y < x){
		x = y;
		y = (x + n / x) / big 2;
	}
	return x;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ns := array[] of {0, 1, 2, 10, 50, 90, 92, 93, 100};
	for(i := 0; i < len ns; i++)
		sys->print("fib(%d) = %bd\n", ns[i], fib(ns[i]));
	sys->print("fib(10^15) mod 1000000007 = %bd\n", fibmod(big 1000000000000000, big 1000000007));
	sys->print("2^62 mod 1e9+7 = %bd\n", powmod(big 2, big 62, big 1000000007));
	sys->print("3^1000003 mod 1000003 = %bd (fermat)\n", powmod(big 3, big 1000003, big 1000003));
	sqs := array[] of {big 0, big 15, big 16, big 1000000, big 999999999999, big 16r7fffffffffffffff};
	for(i = 0; i < len sqs; i++)
		sys->print("isqrt(%bd) = %bd\n", sqs[i], isqrt(sqs[i]));
	x := big 16r0123456789abcdef;
	sys->print("hex %bx rot %bx\n", x, (x << 8) | ((x >> 56) & big 16rff));
	sys->print("signed shift %bd %bd\n", big -256 >> 4, big -1 << 63);
	sys->fprint(sys->fildes(2), "big division %bd %bd %bd\n", big -7 / big 2, big -7 % big 2, big 7 / big -2);
}
