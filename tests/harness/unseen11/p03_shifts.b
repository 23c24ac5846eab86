implement Shifts;

include "sys.m";
	sys: Sys;
include "draw.m";

Shifts: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# logical right shift for int, which otherwise sign-extends
lsr(x, n: int): int
{
	if(n == 0)
		return x;
	return (x >> n) & ((1 << (32 - n)) - 1);
}

rotl(x, n: int): int
{
	n &= 31;
	if(n == 0)
		return x;
	return (x << n) | lsr(x, 32 - n);
}

rotr(x, n: int): int
{
	return rotl(x, 32 - (n & 31));
}

binary(x: int, width: int): string
{
	s := "";
	for(i := width - 1; i >= 0; i--){
		if((x >> i) & 1)
			s += "1";
		else
			s += "0";
		if(i > 0 && i % 8 == 0)
			s += "_";
	}
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("left shifts of 1:\n");
	for(n := 0; n < 32; n += 5)
		sys->print("  1<<%-2d = %11d  %.8ux\n", n, 1 << n, 1 << n);
	sys->print("  1<<31 = %d\n", 1 << 31);

	sys->print("arithmetic vs logical right shift of -256:\n");
	v := -256;
	for(n = 0; n <= 8; n += 4)
		sys->print("  >>%d: %d   lsr: %d\n", n, v >> n, lsr(v, n));
	sys->print("  -1>>31=%d lsr(-1,31)=%d\n", -1 >> 31, lsr(-1, 31));
	sys->print("  -7>>1=%d (vs -7/2=%d)\n", -7 >> 1, -7 / 2);

	sys->print("binary patterns:\n");
	pats := array[] of {5, -5, 16r0f0f, int 16r80000001};
	for(i := 0; i < len pats; i++)
		sys->print("  %11d %s\n", pats[i], binary(pats[i], 32));

	sys->print("rotations of 16r12345678:\n");
	x := 16r12345678;
	for(n = 0; n <= 32; n += 8)
		sys->print("  rotl %2d = %.8ux  rotr %2d = %.8ux\n", n, rotl(x, n), n, rotr(x, n));

	sys->print("big shifts:\n");
	b := big 1;
	for(n = 0; n <= 63; n += 9)
		sys->print("  big 1<<%-2d = %bd\n", n, b << n);
	nb := big -1 << 40;
	sys->print("  big -1<<40 = %bd, >>38 = %bd\n", nb, nb >> 38);
	sys->print("  hex %bux\n", big 16rdeadbeef << 16);

	sys->print("byte shifts:\n");
	by := byte 16r81;
	sys->print("  byte 16r81 <<1 = %d, >>1 = %d\n", int (by << 1), int (by >> 1));
	sys->print("  byte 16r81 <<4 = %ux\n", int (by << 4));

	# pack four bytes into an int and unpack again
	bytes := array[] of {byte 16rca, byte 16rfe, byte 16rba, byte 16rbe};
	w := 0;
	for(i = 0; i < 4; i++)
		w = (w << 8) | int bytes[i];
	sys->print("packed %.8ux = %d\n", w, w);
	for(i = 0; i < 4; i++)
		sys->print("  byte %d: %.2ux\n", i, (w >> (24 - 8*i)) & 16rff);

	# sign extension of a 12-bit field
	for(f := 16r7ff; f <= 16r801; f++){
		sx := (f << 20) >> 20;
		sys->print("  12-bit %.3ux -> %d\n", f, sx);
	}
}
