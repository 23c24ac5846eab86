implement Bits;

include "sys.m";
	sys: Sys;
include "draw.m";

Bits: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

popcount(x: int): int
{
	n := 0;
	for(i := 0; i < 32; i++)
		if(x & (1 << i))
			n++;
	return n;
}

bin(x: int, w: int): string
{
	s := "";
	for(i := w - 1; i >= 0; i--)
		if((x >> i) & 1)
			s += "1";
		else
			s += "0";
	return s;
}

rotl(x, k: int): int
{
	k &= 31;
	if(k == 0)
		return x;
	return (x << k) | ((x >> (32 - k)) & ((1 << k) - 1));
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	vals := array[] of {0, 1, -1, 5, -5, 16r7FFFFFFF, 1 << 31, 12345, -12345};
	for(i := 0; i < len vals; i++) {
		v := vals[i];
		sys->print("%d: >>1=%d >>4=%d <<3=%d ~=%d &0xff=%d pop=%d\n",
			v, v >> 1, v >> 4, v << 3, ~v, v & 16rFF, popcount(v));
	}
	sys->print("-5 in binary: %s\n", bin(-5, 16));
	sys->print("-5>>1 binary: %s\n", bin(-5 >> 1, 16));
	sys->print("xor swap: ");
	a := 37;
	b := -91;
	a ^= b;
	b ^= a;
	a ^= b;
	sys->print("a=%d b=%d\n", a, b);
	sys->print("rotl(1,31)=%d rotl(16r80000001,1)=%d\n", rotl(1, 31), rotl(int 16r80000001, 1));
	sys->print("hex: %x %X %ux\n", 255, -1, -1);
	sys->print("and-not: %d\n", 16rF0F0 & ~16r00FF);
	sys->print("mask low bit clear: %d\n", 22 & (22 - 1));
	sys->print("lowest set: %d %d\n", 40 & -40, -40 & 40);

	# byte arithmetic wraps
	by := byte 250;
	by += byte 10;
	sys->print("byte wrap=%d\n", int by);
	by = byte -1;
	sys->print("byte -1=%d shifted=%d\n", int by, int (by >> 4));
	by = byte 16r81;
	sys->print("byte<<1=%d\n", int (by << 1));

	# big bit ops
	bg := big -1;
	sys->print("big -1 >> 60 = %bd, big -1 & 0xffff = %bd\n", bg >> 60, bg & big 16rFFFF);
	bg = big 1 << 62;
	sys->print("big 1<<62 = %bd, <<1 = %bd, ^ = %bd\n", bg, bg << 1, bg ^ big -1);
	sys->print("big ~0 = %bd\n", ~big 0);

	# shift amounts computed at runtime
	for(s := 0; s <= 31; s += 10)
		sys->print("1<<%d=%d -256>>%d=%d\n", s, 1 << s, s, -256 >> s);

	# masks and fields
	word := 0;
	word |= (5 & 16r7) << 0;
	word |= (100 & 16rFF) << 3;
	word |= (-1 & 16r3) << 11;
	sys->print("packed=%d f0=%d f1=%d f2=%d\n", word, word & 7, (word >> 3) & 16rFF, (word >> 11) & 3);
	sys->print("mod with neg: %d %d %d %d\n", -7 % 3, 7 % -3, -7 / 2, -7 >> 1);
}
