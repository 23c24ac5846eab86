implement Bits;

include "sys.m";
	sys: Sys;
include "draw.m";

Bits: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

popcount(x: int): int
{
	# SWAR, with the sign bit handled by masking after the shift
	x = x - ((x >> 1) & 16r55555555);
	x = (x & 16r33333333) + ((x >> 2) & 16r33333333);
	x = (x + (x >> 4)) & 16r0f0f0f0f;
	return ((x * 16r01010101) >> 24) & 16rff;
}

kernighan(x: int): int
{
	n := 0;
	while(x != 0){
		x &= x - 1;
		n++;
	}
	return n;
}

reverse(x: int): int
{
	r := 0;
	for(i := 0; i < 32; i++){
		r = (r << 1) | (x & 1);
		x >>= 1;
	}
	return r;
}

binary(x, w: int): string
{
	s := "";
	for(i := w-1; i >= 0; i--)
		if(x & (1 << i))
			s[len s] = '1';
		else
			s[len s] = '0';
	return s;
}

gray(n: int): int
{
	return n ^ (n >> 1);
}

ungray(g: int): int
{
	n := g;
	for(s := 1; s < 32; s <<= 1)
		n ^= n >> s;
	return n;
}

# index of lowest set bit, -1 for zero
ctz(x: int): int
{
	if(x == 0)
		return -1;
	n := 0;
	while((x & 1) == 0){
		x >>= 1;
		n++;
	}
	return n;
}

nextpow2(x: int): int
{
	x--;
	x |= x >> 1;
	x |= x >> 2;
	x |= x >> 4;
	x |= x >> 8;
	x |= x >> 16;
	return x + 1;
}

# next larger integer with the same number of one bits (Gosper's hack)
snoob(x: int): int
{
	smallest := x & -x;
	ripple := x + smallest;
	ones := x ^ ripple;
	ones = (ones >> 2) / smallest;
	return ripple | ones;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	vals := array[] of {0, 1, 7, 255, 16r12345678, -1, int 16r80000000, 1000000};
	for(i := 0; i < len vals; i++){
		v := vals[i];
		sys->print("%.8ux pop=%2d/%2d rev=%.8ux ctz=%2d\n", v, popcount(v), kernighan(v), reverse(v), ctz(v));
	}

	sys->print("gray codes:");
	for(i = 0; i < 16; i++){
		g := gray(i);
		if(ungray(g) != i)
			sys->print("!");
		sys->print(" %s", binary(g, 4));
	}
	sys->print("\n");

	sys->print("nextpow2:");
	for(i = 1; i < 70; i += 13)
		sys->print(" %d->%d", i, nextpow2(i));
	sys->print("\n");

	sys->print("3-bit sets in 8 bits:");
	x := 2r111;
	n := 0;
	while(x < 256){
		if(n < 8)
			sys->print(" %s", binary(x, 8));
		n++;
		x = snoob(x);
	}
	sys->print(" ... total %d\n", n);

	# single number: every value appears twice except one
	arr := array[] of {17, 4, 99, 23, 4, 17, 8, 99, 23};
	u := 0;
	for(i = 0; i < len arr; i++)
		u ^= arr[i];
	sys->print("unpaired element %d\n", u);

	# swap without a temporary, absolute value and sign without branches
	a := 1234;
	b := -987;
	a ^= b;
	b ^= a;
	a ^= b;
	sys->print("swapped: a=%d b=%d\n", a, b);
	for(i = 0; i < 3; i++){
		v := array[] of {-42, 0, 42};
		m := v[i] >> 31;
		sys->print("abs(%d)=%d sign=%d  ", v[i], (v[i] ^ m) - m, (v[i] > 0) - (v[i] < 0));
	}
	sys->print("\n");

	# bytes and shifts: byte arithmetic wraps at 8 bits
	bb := byte 250;
	bb += byte 10;
	sys->print("byte 250+10=%d, byte ~0=%d, int byte -1=%d\n", int bb, int ~byte 0, int byte -1);

	# bitset sieve of small primes in an int array
	N := 100;
	bits := array[(N+31)/32] of {* => 0};
	for(i = 2; i*i < N; i++)
		if((bits[i>>5] & (1 << (i & 31))) == 0)
			for(j := i*i; j < N; j += i)
				bits[j>>5] |= 1 << (j & 31);
	sys->print("primes < 100:");
	for(i = 2; i < N; i++)
		if((bits[i>>5] & (1 << (i & 31))) == 0)
			sys->print(" %d", i);
	sys->print("\n");
	sys->print("shifts: 1<<31=%d, -16>>2=%d, big 1<<40=%bd\n", 1 << 31, -16 >> 2, big 1 << 40);
}
