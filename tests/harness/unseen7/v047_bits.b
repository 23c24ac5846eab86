implement Bits;

include "sys.m";
	sys: Sys;
include "draw.m";

Bits: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
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

reverse(x: int): int
{
	r := 0;
	for(i := 0; i < 32; i++){
		r = (r << 1) | (x & 1);
		x >>= 1;
	}
	return r;
}

bin(x, w: int): string
{
	s := "";
	for(i := w-1; i >= 0; i--){
		if((x >> i) & 1)
			s += "1";
		else
			s += "0";
		if(i > 0 && i % 4 == 0)
			s += "_";
	}
	return s;
}

Bitset: adt {
	w:	array of int;
	set:	fn(b: self ref Bitset, i: int);
	clr:	fn(b: self ref Bitset, i: int);
	has:	fn(b: self ref Bitset, i: int): int;
	text:	fn(b: self ref Bitset): string;
};

Bitset.set(b: self ref Bitset, i: int)
{
	b.w[i/32] |= 1 << (i%32);
}

Bitset.clr(b: self ref Bitset, i: int)
{
	b.w[i/32] &= ~(1 << (i%32));
}

Bitset.has(b: self ref Bitset, i: int): int
{
	return (b.w[i/32] >> (i%32)) & 1;
}

Bitset.text(b: self ref Bitset): string
{
	s := "{";
	for(i := 0; i < 32*len b.w; i++)
		if(b.has(i))
			s += " " + string i;
	return s + " }";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	xs := array[] of {0, 1, 16rFF, int 16r80000000, -1, 16r12345678, 1000};
	for(i := 0; i < len xs; i++){
		x := xs[i];
		sys->print("%.8ux pop=%2d rev=%.8ux\n", x, popcount(x), reverse(x));
	}
	sys->print("bin 0xA5 = %s\n", bin(16rA5, 8));
	sys->print("bin 1000 = %s\n", bin(1000, 16));
	sys->print("shift: %d %d %d\n", -16 >> 2, 1 << 31, (1 << 31) >> 31);
	sys->print("byte wrap: %d %d\n", int byte 300, int byte -1);
	b := big 1 << 40;
	sys->print("big shift: %bd %bx\n", b, b | big 16rFF);
	bs := ref Bitset(array[2] of {* => 0});
	for(i = 0; i < 64; i += 7)
		bs.set(i);
	bs.clr(14);
	bs.set(63);
	sys->print("bitset %s\n", bs.text());
	sys->print("words %.8ux %.8ux\n", bs.w[0], bs.w[1]);
}
