implement R03;
include "sys.m";
	sys: Sys;
include "draw.m";
R03: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	vals := array[] of {0, 1, -1, 7, -7, 16r7fffffff, -16r7fffffff-1, 1000000};
	for(i := 0; i < len vals; i++){
		a := vals[i];
		sys->print("%d: neg %d not %d sq %d\n", a, -a, ~a, a*a);
	}
	divs := array[] of {(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (16r7fffffff, 3)};
	for(i = 0; i < len divs; i++){
		(a, b) := divs[i];
		sys->print("%d / %d = %d rem %d\n", a, b, a/b, a%b);
	}
	x := 16r7fffffff;
	x++;
	sys->print("overflow %d\n", x);
	y := 1;
	for(i = 0; i < 33; i++)
		y *= 3;
	sys->print("3^33 mod 2^32 %d\n", y);
	sys->print("shifts %d %d %d %d\n", 1 << 31, -16 >> 2, 16r40000000 << 1, -1 >> 31);
	s := 5;
	sys->print("var shift %d %d\n", 1 << s, 256 >> s);
	sys->print("bits %d %d %d %x\n", 16rf0 & 16r3c, 16rf0 | 16r3c, 16rf0 ^ 16r3c, ~0);
	sys->print("power %d %d %d\n", 2**10, 3**0, (-2)**3);
	sys->print("radix %d %d %d %d\n", 8r777, 2r101101, 36rZZ, 16rFF);
	z := 10;
	z += 5; z -= 3; z *= 4; z /= 5; z %= 7; z <<= 3; z >>= 1; z |= 1; z &= 16rff; z ^= 2;
	sys->print("compound %d\n", z);
	b: byte = byte 250;
	b += byte 10;
	sys->print("byte wrap %d\n", int b);
	c := byte -1;
	sys->print("byte -1 %d byte 256 %d byte 300 %d\n", int c, int byte 256, int byte 300);
	i2 := 0;
	j := i2++ + i2++;
	sys->print("incr %d %d\n", i2, j);
	k := 10;
	k--;
	--k;
	++k;
	sys->print("k %d\n", k);
	sys->print("cmp %d %d %d\n", -1 < 0, 16r80000000 < 0, 3 >= 3);
	sys->print("logic %d %d %d\n", 5 && 0, 0 || 7, !9);
}
