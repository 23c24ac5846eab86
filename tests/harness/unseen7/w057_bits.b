implement Bits;

include "sys.m";
	sys: Sys;
include "draw.m";

Bits: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

popcount(x: int): int
{
	n := 0;
	while(x != 0){
		x &= x - 1;
		n++;
	}
	return n;
}

bin(x, w: int): string
{
	s := "";
	for(i := w - 1; i >= 0; i--)
		if((x >> i) & 1)
			s += "1";
		else
			s += "0";
	return s;
}

rev8(x: int): int
{
	r := 0;
	for(i := 0; i < 8; i++){
		r = (r << 1) | (x & 1);
		x >>= 1;
	}
	return r;
}

bigpop(x: big): int
{
	n := 0;
	for(i := 0; i < 64; i++)
		if(((x >> i) & big 1) != big 0)
			n++;
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	vals := array[] of {0, 1, 5, 170, 255, 16r1234, -1};
	for(i := 0; i < len vals; i++)
		sys->print("%8x pop %2d low8 %s rev %s\n", vals[i], popcount(vals[i]), bin(vals[i], 8), bin(rev8(vals[i]), 8));
	x := 16rf0f0;
	sys->print("and %x or %x xor %x not %x\n", x & 16rff00, x | 16r0f, x ^ 16rffff, ~x & 16rffff);
	sys->print("set bit3 %x clear bit4 %x toggle %x\n", x | (1 << 3), x & ~(1 << 4), x ^ (1 << 15));
	sys->print("is power of two: %d %d %d\n", (64 & 63) == 0, (96 & 95) == 0, (1 & 0) == 0);
	sys->print("arith shift %d %d logical-ish %d\n", -16 >> 2, -1 >> 31, (-16 >> 2) & 16r3fffffff);
	b := big 16r0123456789abcdef;
	sys->print("big pop %d hi %bx lo %bx\n", bigpop(b), b >> 32, b & big 16rffffffff);
	sys->print("bytes:");
	for(i = 7; i >= 0; i--)
		sys->print(" %.2x", int ((b >> (8 * i)) & big 16rff));
	sys->print("\n");
	flags := 0;
	names := array[] of {"read", "write", "exec", "hidden"};
	flags |= 1 << 0;
	flags |= 1 << 2;
	s := "";
	for(i = 0; i < len names; i++)
		if(flags & (1 << i))
			s += names[i] + " ";
	sys->print("flags %s(%s)\n", s, bin(flags, 4));
}
