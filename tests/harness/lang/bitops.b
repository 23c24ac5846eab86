implement Bitops;

include "sys.m";
	sys: Sys;
include "draw.m";

Bitops: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	vs := array[] of {0, 1, -1, 16r0f0f0f0f, 16r7fffffff, -16r7fffffff - 1, 12345, -12345};
	for(i := 0; i < len vs; i++){
		a := vs[i];
		b := vs[(i + 3) % len vs];
		sys->print("%x %x: & %x | %x ^ %x ~ %x ~b %ux\n", a, b, a & b, a | b, a ^ b, ~a, ~b);
	}
	x := 16rff00;
	x &= 16r0ff0; sys->print("&= %x\n", x);
	x |= 16r000f; sys->print("|= %x\n", x);
	x ^= 16rffff; sys->print("^= %x\n", x);
	bg := big 16r00ff00ff00ff00ff;
	sys->print("big & %bx | %bx ^ %bx ~ %bx\n", bg & big 16rffff, bg | big 16rff00, bg ^ ~big 0, ~bg);
	bg &= big 16rf0f0f0f0f0f0f0f0;
	sys->print("big &= %bx\n", bg);
	bg |= big 1;
	bg ^= big 16r100000000;
	sys->print("big |= ^= %bx\n", bg);
	y := byte 16ra5;
	sys->print("byte & %d | %d ^ %d ~ %d\n", int (y & byte 16r0f), int (y | byte 16r0f), int (y ^ byte 16rff), int ~y);
	sys->print("prec %d %d %d\n", 1 | 2 & 3, 6 & 3 ^ 1, 1 ^ 3 | 4);
	sys->print("prec2 %d %d\n", 5 & 4 == 4, (5 & 4) == 4);
	sys->print("prec3 %d %d\n", 2 + 3 & 6, 12 - 4 | 1);
	sys->print("logic %d %d %d %d\n", 1 && 2, 0 || 3, !5, !0);
	sys->print("logic %d %d\n", 3 > 2 && 2 > 1, 3 < 2 || 1 > 2);
	n := 0;
	t := n != 0 && 10 / n > 1;
	sys->print("short %d\n", t);
	t = n == 0 || 10 / n > 1;
	sys->print("short %d\n", t);
	sys->print("const %x %x %x\n", ~0, 16rf0 & ~16r30, 16r12 ^ 16r21);
	sys->print("const big %bx\n", ~big 0 & big 16rffffffff0);
}
