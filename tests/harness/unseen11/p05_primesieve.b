#args: 10000
implement PrimeSieve;

include "sys.m";
	sys: Sys;
include "draw.m";

PrimeSieve: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# bit-packed sieve: one bit per odd number
sieve(n: int): array of int
{
	words := array[(n/2)/32 + 1] of {* => 0};	# bit set => composite
	for(i := 3; i * i <= n; i += 2){
		if(words[(i/2) >> 5] & (1 << ((i/2) & 31)))
			continue;
		for(j := i * i; j <= n; j += 2*i)
			words[(j/2) >> 5] |= 1 << ((j/2) & 31);
	}
	return words;
}

isprime(w: array of int, k: int): int
{
	if(k < 2)
		return 0;
	if(k == 2)
		return 1;
	if((k & 1) == 0)
		return 0;
	return (w[(k/2) >> 5] & (1 << ((k/2) & 31))) == 0;
}

factor(n: int): list of (int, int)
{
	fl: list of (int, int);
	for(p := 2; p * p <= n; p++){
		e := 0;
		while(n % p == 0){
			n /= p;
			e++;
		}
		if(e)
			fl = (p, e) :: fl;
	}
	if(n > 1)
		fl = (n, 1) :: fl;
	# reverse into ascending order
	r: list of (int, int);
	for(; fl != nil; fl = tl fl)
		r = hd fl :: r;
	return r;
}

fmtfactors(fl: list of (int, int)): string
{
	s := "";
	for(; fl != nil; fl = tl fl){
		(p, e) := hd fl;
		if(s != "")
			s += " * ";
		s += string p;
		if(e > 1)
			s += "^" + string e;
	}
	return s;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	n := 1000;
	if(tl argv != nil)
		n = int hd tl argv;
	w := sieve(n);

	count := 0;
	twins := 0;
	maxgap := 0;
	gapat := 0;
	last := 0;
	for(k := 2; k <= n; k++){
		if(!isprime(w, k))
			continue;
		count++;
		if(last && k - last == 2)
			twins++;
		if(last && k - last > maxgap){
			maxgap = k - last;
			gapat = last;
		}
		last = k;
	}
	sys->print("primes <= %d: %d\n", n, count);
	sys->print("twin prime pairs: %d\n", twins);
	sys->print("largest gap: %d after %d\n", maxgap, gapat);
	sys->print("largest prime: %d\n", last);

	sys->print("first 25:");
	c := 0;
	for(k = 2; c < 25; k++)
		if(isprime(w, k)){
			sys->print(" %d", k);
			c++;
		}
	sys->print("\n");

	# pi(x) at each power of ten
	for(lim := 10; lim <= n; lim *= 10){
		c = 0;
		for(k = 2; k <= lim; k++)
			if(isprime(w, k))
				c++;
		sys->print("pi(%d) = %d\n", lim, c);
	}

	# Goldbach for some even numbers
	for(e := 100; e <= 120; e += 4){
		for(p := 2; p <= e/2; p++)
			if(isprime(w, p) && isprime(w, e - p)){
				sys->print("%d = %d + %d\n", e, p, e - p);
				break;
			}
	}

	nums := array[] of {360, 1001, 9973, 65536, 999999, 2147483646};
	for(i := 0; i < len nums; i++)
		sys->print("%d = %s\n", nums[i], fmtfactors(factor(nums[i])));
}
