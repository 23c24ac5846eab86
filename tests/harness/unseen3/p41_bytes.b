implement P41;
include "sys.m";
	sys: Sys;
include "draw.m";
P41: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

put32(b: array of byte, o: int, v: int)
{
	b[o] = byte (v >> 24);
	b[o+1] = byte (v >> 16);
	b[o+2] = byte (v >> 8);
	b[o+3] = byte v;
}

get32(b: array of byte, o: int): int
{
	return (int b[o] << 24) | (int b[o+1] << 16) | (int b[o+2] << 8) | int b[o+3];
}

crc(b: array of byte): int
{
	c := ~0;
	for(i := 0; i < len b; i++){
		c ^= int b[i];
		for(k := 0; k < 8; k++)
			if(c & 1)
				c = ((c >> 1) & 16r7fffffff) ^ int 16redb88320;
			else
				c = (c >> 1) & 16r7fffffff;
	}
	return ~c;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b := array[12] of byte;
	put32(b, 0, 16r01020304);
	put32(b, 4, -2);
	put32(b, 8, 16r7fffffff);
	for(i := 0; i < len b; i++)
		sys->print("%02x", int b[i]);
	sys->print("\n%d %d %d\n", get32(b, 0), get32(b, 4), get32(b, 8));
	sys->print("crc %08x\n", crc(array of byte "123456789"));
	sys->print("crc empty %08x\n", crc(array[0] of byte));
	# overlapping copy
	a := array of byte "abcdefghij";
	a[2:] = a[0:6];
	sys->print("overlap fwd %s\n", string a);
	a = array of byte "abcdefghij";
	a[0:] = a[3:8];
	sys->print("overlap back %s\n", string a);
	# byte arithmetic
	x := byte 200;
	y := byte 100;
	sys->print("add %d sub %d mul %d div %d\n", int (x + y), int (y - x), int (x * y), int (x / y));
	sys->print("shift %d %d not %d\n", int (x << 1), int (x >> 3), int ~x);
	sys->print("cmp %d %d\n", x > y, byte -1 == byte 255);
	sys->print("byte of rune %d\n", int byte 'é');
	z := array[5] of {* => byte 'z'};
	sys->print("%s\n", string z);
	sys->print("real of byte %g big of byte %bd\n", real x, big x);
}
