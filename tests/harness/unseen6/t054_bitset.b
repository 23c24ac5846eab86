implement Bitset;

include "sys.m";
	sys: Sys;
include "draw.m";

Bitset: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Bits: adt {
	w:	array of big;
	n:	int;

	new:	fn(n: int): ref Bits;
	set:	fn(b: self ref Bits, i: int);
	clr:	fn(b: self ref Bits, i: int);
	has:	fn(b: self ref Bits, i: int): int;
	count:	fn(b: self ref Bits): int;
	inter:	fn(b: self ref Bits, o: ref Bits): ref Bits;
	union:	fn(b: self ref Bits, o: ref Bits): ref Bits;
	text:	fn(b: self ref Bits, max: int): string;
};

Bits.new(n: int): ref Bits
{
	return ref Bits(array[(n + 63) / 64] of {* => big 0}, n);
}

Bits.set(b: self ref Bits, i: int)
{
	b.w[i/64] |= big 1 << (i%64);
}

Bits.clr(b: self ref Bits, i: int)
{
	b.w[i/64] &= ~(big 1 << (i%64));
}

Bits.has(b: self ref Bits, i: int): int
{
	return int ((b.w[i/64] >> (i%64)) & big 1);
}

popcount(x: big): int
{
	c := 0;
	while(x != big 0){
		x &= x - big 1;
		c++;
	}
	return c;
}

Bits.count(b: self ref Bits): int
{
	c := 0;
	for(i := 0; i < len b.w; i++)
		c += popcount(b.w[i]);
	return c;
}

Bits.inter(b: self ref Bits, o: ref Bits): ref Bits
{
	r := Bits.new(b.n);
	for(i := 0; i < len r.w; i++)
		r.w[i] = b.w[i] & o.w[i];
	return r;
}

Bits.union(b: self ref Bits, o: ref Bits): ref Bits
{
	r := Bits.new(b.n);
	for(i := 0; i < len r.w; i++)
		r.w[i] = b.w[i] | o.w[i];
	return r;
}

Bits.text(b: self ref Bits, max: int): string
{
	s := "";
	n := 0;
	for(i := 0; i < b.n && n < max; i++)
		if(b.has(i)){
			s += sys->sprint(" %d", i);
			n++;
		}
	return s;
}

N: con 1000;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	primes := Bits.new(N);
	for(i := 2; i < N; i++)
		primes.set(i);
	for(i = 2; i*i < N; i++)
		if(primes.has(i))
			for(j := i*i; j < N; j += i)
				primes.clr(j);
	sys->print("primes below %d: %d\n", N, primes.count());
	sys->print("first:%s\n", primes.text(15));
	squares := Bits.new(N);
	for(i = 0; i*i < N; i++)
		squares.set(i*i);
	odd := Bits.new(N);
	for(i = 1; i < N; i += 2)
		odd.set(i);
	sys->print("odd squares: %d,%s\n", squares.inter(odd).count(), squares.inter(odd).text(5));
	sys->print("primes or squares: %d\n", primes.union(squares).count());
	# twin primes
	twins := 0;
	last := "";
	for(i = 3; i + 2 < N; i++)
		if(primes.has(i) && primes.has(i+2)){
			twins++;
			last = sys->sprint("(%d,%d)", i, i+2);
		}
	sys->print("twin pairs %d, last %s\n", twins, last);
	sys->print("word0 = %bux\n", primes.w[0]);
	sys->print("word0 as signed = %bd\n", primes.w[0]);
	x := big 16r8000000000000000;
	sys->print("min big = %bd, >>63 = %bd, shifted right logical? %d\n", x, x >> 63, (x >> 63) == big 1);
	v := 16r0f0f;
	sys->print("int ops: %d %d %d %d %x\n", v & 16rff, v | 16rf0, v ^ 16rffff, v << 4, ~v);
	sys->print("popcounts: %d %d %d\n", popcount(big -1), popcount(big 16r5555), popcount(big 0));
}
