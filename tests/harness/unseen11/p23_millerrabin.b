implement MillerRabin;

include "sys.m";
	sys: Sys;
include "draw.m";

MillerRabin: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# a*b mod m without overflowing 64 bits (m < 2^62)
mulmod(a, b, m: big): big
{
	if(m < big 1 << 31)
		return a * b % m;
	r := big 0;
	a %= m;
	while(b > big 0){
		if((b & big 1) != big 0){
			r += a;
			if(r >= m)
				r -= m;
		}
		a += a;
		if(a >= m)
			a -= m;
		b >>= 1;
	}
	return r;
}

powmod(b, e, m: big): big
{
	r := big 1;
	b %= m;
	while(e > big 0){
		if((e & big 1) != big 0)
			r = mulmod(r, b, m);
		b = mulmod(b, b, m);
		e >>= 1;
	}
	return r;
}

witness(a, n: big): int
{
	d := n - big 1;
	s := 0;
	while((d & big 1) == big 0){
		d >>= 1;
		s++;
	}
	x := powmod(a, d, n);
	if(x == big 1 || x == n - big 1)
		return 0;
	for(i := 1; i < s; i++){
		x = mulmod(x, x, n);
		if(x == n - big 1)
			return 0;
	}
	return 1;	# a proves n composite
}

isprime(n: big): int
{
	if(n < big 2)
		return 0;
	bases := array[] of {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
	for(i := 0; i < len bases; i++){
		a := big bases[i];
		if(n == a)
			return 1;
		if(n % a == big 0)
			return 0;
		if(witness(a, n))
			return 0;
	}
	return 1;
}

lucaslehmer(p: int): int
{
	if(p == 2)
		return 1;
	m := (big 1 << p) - big 1;
	s := big 4;
	for(i := 0; i < p - 2; i++)
		s = (mulmod(s, s, m) - big 2 + m) % m;
	return s == big 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("powmod(2,10,1000)=%bd powmod(3,200,1000007)=%bd powmod(7,1<<40,(1<<61)-1)=%bd\n",
		powmod(big 2, big 10, big 1000), powmod(big 3, big 200, big 1000007),
		powmod(big 7, big 1 << 40, (big 1 << 61) - big 1));

	carm := array[] of {561, 1105, 1729, 2465, 2821, 6601, 8911};
	sys->print("Carmichael numbers (fool Fermat base 2, not Miller-Rabin):\n");
	for(i := 0; i < len carm; i++){
		n := big carm[i];
		sys->print("  %bd: 2^(n-1) mod n = %bd, miller-rabin prime=%d\n",
			n, powmod(big 2, n - big 1, n), isprime(n));
	}

	sys->print("primes just above powers of ten:\n");
	p := big 10;
	for(k := 0; k < 6; k++){
		q := p + big 1;
		while(!isprime(q))
			q++;
		sys->print("  %bd + %bd\n", p, q - p);
		p *= big 1000;
	}

	sys->print("Mersenne exponents <= 61:");
	for(e := 2; e <= 61; e++)
		if(isprime(big e) && lucaslehmer(e))
			sys->print(" %d", e);
	sys->print("\n");

	# toy RSA with textbook parameters
	(pp, qq, ee) := (big 61, big 53, big 17);
	n := pp * qq;
	phi := (pp - big 1) * (qq - big 1);
	d := big 1;
	while(d * ee % phi != big 1)
		d++;
	sys->print("rsa n=%bd phi=%bd e=%bd d=%bd\n", n, phi, ee, d);
	msg := "LIMBO";
	sys->print("  ");
	for(i = 0; i < len msg; i++){
		c := powmod(big msg[i], ee, n);
		m := powmod(c, d, n);
		sys->print("%c->%bd->%c ", msg[i], c, int m);
	}
	sys->print("\n");
}
