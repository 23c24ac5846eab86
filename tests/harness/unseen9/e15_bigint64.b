implement Big64;

include "sys.m";
	sys: Sys;
include "draw.m";

Big64: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

MAXBIG: con big 16r7fffffffffffffff;

fact(n: int): big
{
	r := big 1;
	for(i := 2; i <= n; i++)
		r *= big i;
	return r;
}

# multiply modulo m without overflow by doubling
mulmod(a, b, m: big): big
{
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

# deterministic Miller-Rabin for 64-bit inputs
isprime(n: big): int
{
	if(n < big 2)
		return 0;
	small := array[] of {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
	for(i := 0; i < len small; i++){
		p := big small[i];
		if(n % p == big 0)
			return n == p;
	}
	d := n - big 1;
	s := 0;
	while((d & big 1) == big 0){
		d >>= 1;
		s++;
	}
	for(i = 0; i < len small; i++){
		x := powmod(big small[i], d, n);
		if(x == big 1 || x == n - big 1)
			continue;
		composite := 1;
		for(r := 1; r < s; r++){
			x = mulmod(x, x, n);
			if(x == n - big 1){
				composite = 0;
				break;
			}
		}
		if(composite)
			return 0;
	}
	return 1;
}

gcd(a, b: big): big
{
	while(b != big 0)
		(a, b) = (b, a % b);
	return a;
}

binom(n, k: int): big
{
	r := big 1;
	for(i := 1; i <= k; i++){
		# keep exact by dividing out the gcd first
		num := big (n - k + i);
		g := gcd(r, big i);
		r = (r / g) * (num / (big i / g));
	}
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	for(n := 0; n <= 25; n += 5)
		sys->print("%d! = %bd\n", n, fact(n));
	# find where factorial overflows
	f := big 1;
	for(n = 2; ; n++){
		if(f > MAXBIG / big n)
			break;
		f *= big n;
	}
	sys->print("largest factorial in 63 bits: %d! = %bd (hex %bx)\n", n-1, f, f);

	a := big 0;
	b := big 1;
	k := 0;
	while(b <= MAXBIG - a){
		(a, b) = (b, a+b);
		k++;
	}
	sys->print("fib(%d) = %bd is the last that fits\n", k+1, b);

	sys->print("2^62 = %bd, 2^63-1 = %bd, min = %bd\n", big 1 << 62, MAXBIG, -MAXBIG - big 1);
	sys->print("3^40 mod 1000000007 = %bd\n", powmod(big 3, big 40, big 1000000007));
	sys->print("2^(p-1) mod p for p=2^61-1: %bd\n", powmod(big 2, (big 1 << 61) - big 2, (big 1 << 61) - big 1));

	cands := array[] of {big 97, big 561, big 1000000007, big 2147483647,
		(big 1 << 61) - big 1, big 1000000000000000003, big 3215031751, big 999999999999999989 * big 1};
	for(i := 0; i < len cands; i++)
		sys->print("%bd prime=%d\n", cands[i], isprime(cands[i]));

	sys->print("C(60,30) = %bd\n", binom(60, 30));
	sys->print("C(66,33) = %bd\n", binom(66, 33));

	# conversions to and from strings and ints
	s := "-9876543210123";
	v := big s;
	sys->print("big \"%s\" = %bd, /7 = %bd, %%7 = %bd\n", s, v, v / big 7, v % big 7);
	sys->print("int of big 2^40+5 = %d, string = %s\n", int ((big 1 << 40) + big 5), string (big 1 << 40));
	sys->print("shift right of negative: %bd\n", big -1024 >> 3);
}
