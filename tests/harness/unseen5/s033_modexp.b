implement ModExp;

include "sys.m";
	sys: Sys;
include "draw.m";

ModExp: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

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

# Miller-Rabin with bases 2,3,5,7: exact for n < 3215031751 (products stay in 64 bits)
isprime(n: big): int
{
	if(n < big 2)
		return 0;
	small := array[] of {2, 3, 5, 7};
	for(i := 0; i < len small; i++){
		if(n == big small[i])
			return 1;
		if(n % big small[i] == big 0)
			return 0;
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
		comp := 1;
		for(r := 1; r < s; r++){
			x = x * x % n;
			if(x == n - big 1){
				comp = 0;
				break;
			}
		}
		if(comp)
			return 0;
	}
	return 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("2^10 mod 1000 = %bd\n", powmod(big 2, big 10, big 1000));
	sys->print("3^200 mod 1000007 = %bd\n", powmod(big 3, big 200, big 1000007));
	sys->print("7^(p-1) mod p, p=2147483647: %bd\n", powmod(big 7, big 2147483646, big 2147483647));
	# toy RSA
	p := big 61;
	q := big 53;
	n := p * q;
	phi := (p - big 1) * (q - big 1);
	e := big 17;
	d := big 2753;
	sys->print("n=%bd phi=%bd e*d mod phi=%bd\n", n, phi, e * d % phi);
	msgs := array[] of {65, 123, 2000, 3232};
	for(i := 0; i < len msgs; i++){
		m := big msgs[i];
		c := powmod(m, e, n);
		back := powmod(c, d, n);
		sys->print("m=%4bd c=%4bd decrypted=%4bd\n", m, c, back);
	}
	cands := array[] of {big 97, big 561, big 7919, big 1000003, big 2147483647, big 25326001, big 1000000007};
	for(i = 0; i < len cands; i++)
		sys->print("%bd prime? %d\n", cands[i], isprime(cands[i]));
	# big overflow behaviour wraps at 64 bits
	x := big 16r7fffffffffffffff;
	sys->print("max big %bd, +1 = %bd\n", x, x + big 1);
	sys->print("hex %bux, shifted %bx\n", x, x >> 60);
}
