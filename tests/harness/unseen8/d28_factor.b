#args: 360 97 1001 65536 600851475143 1 x12
implement Factor;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

Factor: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

Bits: adt {
	w: array of int;
	n: int;

	new: fn(n: int): ref Bits;
	set: fn(b: self ref Bits, i: int);
	clr: fn(b: self ref Bits, i: int);
	get: fn(b: self ref Bits, i: int): int;
	count: fn(b: self ref Bits): int;
};

Bits.new(n: int): ref Bits
{
	return ref Bits(array[(n + 31) / 32] of {* => 0}, n);
}

Bits.set(b: self ref Bits, i: int)
{
	b.w[i >> 5] |= 1 << (i & 31);
}

Bits.clr(b: self ref Bits, i: int)
{
	b.w[i >> 5] &= ~(1 << (i & 31));
}

Bits.get(b: self ref Bits, i: int): int
{
	return (b.w[i >> 5] >> (i & 31)) & 1;
}

Bits.count(b: self ref Bits): int
{
	c := 0;
	for(i := 0; i < len b.w; i++){
		v := b.w[i];
		while(v != 0){
			v &= v - 1;
			c++;
		}
	}
	return c;
}

LIMIT: con 5000;
primes: array of int;

sieve()
{
	b := Bits.new(LIMIT + 1);
	for(i := 2; i <= LIMIT; i++)
		b.set(i);
	for(i = 2; i * i <= LIMIT; i++)
		if(b.get(i))
			for(j := i * i; j <= LIMIT; j += i)
				b.clr(j);
	primes = array[b.count()] of int;
	k := 0;
	for(i = 2; i <= LIMIT; i++)
		if(b.get(i))
			primes[k++] = i;
}

factor(n: big): list of (big, int)
{
	fs: list of (big, int);
	for(i := 0; i < len primes; i++){
		p := big primes[i];
		if(p * p > n)
			break;
		e := 0;
		while(n % p == big 0){
			n /= p;
			e++;
		}
		if(e > 0)
			fs = (p, e) :: fs;
	}
	if(n > big 1)
		fs = (n, 1) :: fs;
	r: list of (big, int);
	for(; fs != nil; fs = tl fs)
		r = hd fs :: r;
	return r;
}

fmt(fs: list of (big, int)): string
{
	s := "";
	for(; fs != nil; fs = tl fs){
		(p, e) := hd fs;
		if(s != nil)
			s += " * ";
		s += sys->sprint("%bd", p);
		if(e > 1)
			s += sys->sprint("^%d", e);
	}
	return s;
}

divisors(fs: list of (big, int)): (int, big)
{
	count := 1;
	sum := big 1;
	for(; fs != nil; fs = tl fs){
		(p, e) := hd fs;
		count *= e + 1;
		t := big 1;
		pk := big 1;
		for(k := 0; k < e; k++){
			pk *= p;
			t += pk;
		}
		sum *= t;
	}
	return (count, sum);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	sieve();
	sys->print("%d primes below %d; last five:", len primes, LIMIT);
	for(i := len primes - 5; i < len primes; i++)
		sys->print(" %d", primes[i]);
	sys->print("\n");
	for(args = tl args; args != nil; args = tl args){
		(n, rest) := str->tobig(hd args, 10);
		if(rest != nil || n < big 1){
			sys->print("%s: not a positive number\n", hd args);
			continue;
		}
		fs := factor(n);
		(nd, sd) := divisors(fs);
		kind := "composite";
		if(n == big 1)
			kind = "unit";
		else if(len fs == 1 && (hd fs).t1 == 1)
			kind = "prime";
		else if(sd - n == n)
			kind = "perfect";
		sys->print("%bd = %s  [%s, %d divisors, sigma %bd]\n", n, fmt(fs), kind, nd, sd);
	}
	perfect := "";
	for(k := 2; k < 10000; k++){
		(nil, sd) := divisors(factor(big k));
		if(sd == big (2*k))
			perfect += " " + string k;
	}
	sys->print("perfect numbers below 10000:%s\n", perfect);
	# twin primes below 200
	tw := 0;
	for(i = 1; i < len primes && primes[i] < 200; i++)
		if(primes[i] - primes[i-1] == 2)
			tw++;
	sys->print("twin prime pairs below 200: %d\n", tw);
}
