implement Bits;

include "sys.m";
	sys: Sys;
include "draw.m";

Bits: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

popcount(x: int): int
{
	c := 0;
	while(x != 0){
		x &= x - 1;
		c++;
	}
	return c;
}

revbits(x: int): int
{
	r := 0;
	for(i := 0; i < 32; i++){
		r = (r << 1) | (x & 1);
		x = x >> 1;
	}
	return r;
}

binary(x, width: int): string
{
	s := "";
	for(i := width-1; i >= 0; i--)
		if((x >> i) & 1)
			s += "1";
		else
			s += "0";
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

lowbit(x: int): int
{
	return x & -x;
}

ispow2(x: int): int
{
	return x > 0 && (x & (x-1)) == 0;
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

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	vals := array[] of {0, 1, 7, 12, 255, 1000, 16r7fffffff, -1};
	for(i := 0; i < len vals; i++){
		v := vals[i];
		sys->print("%11d pop=%2d low=%d rev=%.8ux\n", v, popcount(v), lowbit(v), revbits(v));
	}
	sys->print("gray codes:\n");
	for(n := 0; n < 8; n++){
		g := gray(n);
		sys->print("  %d %s -> %s back=%d\n", n, binary(n, 3), binary(g, 3), ungray(g));
	}
	for(x := 1; x <= 100; x *= 3)
		sys->print("x=%d pow2=%d next=%d\n", x, ispow2(x), nextpow2(x));
	# swap without temp
	a := 12345;
	b := 6789;
	a ^= b; b ^= a; a ^= b;
	sys->print("swapped %d %d\n", a, b);
	big1 := big 1 << 40;
	sys->print("big shift %bd %bx\n", big1, big1 | big 16rff);
	sys->print("byte wrap %d\n", int (byte 250 + byte 10));
}
