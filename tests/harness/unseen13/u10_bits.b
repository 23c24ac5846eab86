implement Bits;

include "sys.m";
	sys: Sys;
include "draw.m";

Bits: module {
	init: fn(nil: ref Draw->Context, nil: list of string);
};

popcount(x: int): int
{
	n := 0;
	for(; x != 0; x &= x-1)
		n++;
	return n;
}

bin(x: int, w: int): string
{
	s := "";
	for(i := w-1; i >= 0; i--)
		s[len s] = '0' + ((x>>i)&1);
	return s;
}

rotl(x: int, n: int): int
{
	u := x & 16rFFFF;
	return ((u << n) | (u >> (16-n))) & 16rFFFF;
}

crc16(data: array of byte): int
{
	crc := 16rFFFF;
	for(i := 0; i < len data; i++){
		crc ^= int data[i] << 8;
		for(j := 0; j < 8; j++)
			if(crc & 16r8000)
				crc = ((crc << 1) ^ 16r1021) & 16rFFFF;
			else
				crc = (crc << 1) & 16rFFFF;
	}
	return crc;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	vals := array[] of {0, 1, 5, 255, 16r1234, 16rBEEF, -1};
	for(i := 0; i < len vals; i++){
		v := vals[i];
		sys->print("%8d %8ux %s pop=%d\n", v, v, bin(v, 16), popcount(v));
	}
	x := 16r8001;
	for(n := 1; n <= 4; n++)
		sys->print("rotl(%ux,%d) = %s\n", x, n, bin(rotl(x, n), 16));
	b := big 1 << 40;
	sys->print("big shift: %bd %bux\n", b, b | big 16rFF);
	sys->print("neg shift: %d %d\n", -16 >> 2, (-16 >> 2) & 16rFF);
	msg := "123456789";
	sys->print("crc16(%s) = %.4ux\n", msg, crc16(array of byte msg));
	bytes := array of byte "Inferno";
	x = 0;
	for(i = 0; i < len bytes; i++)
		x ^= int bytes[i] << (8*(i%4));
	sys->print("xor fold = %.8ux\n", x);
	by := byte 250;
	by += byte 10;
	sys->print("byte wrap: %d\n", int by);
}
