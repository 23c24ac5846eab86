implement Crc32;

include "sys.m";
	sys: Sys;
include "draw.m";

Crc32: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

table: array of int;

mktable()
{
	table = array[256] of int;
	for(n := 0; n < 256; n++){
		c := n;
		for(k := 0; k < 8; k++){
			if(c & 1)
				c = int 16redb88320 ^ ((c >> 1) & 16r7fffffff);
			else
				c = (c >> 1) & 16r7fffffff;
		}
		table[n] = c;
	}
}

crc(crc: int, b: array of byte): int
{
	crc = ~crc;
	for(i := 0; i < len b; i++)
		crc = table[(crc ^ int b[i]) & 16rff] ^ ((crc >> 8) & 16rffffff);
	return ~crc;
}

# bitwise CRC-16/CCITT for comparison
crc16(b: array of byte): int
{
	r := 16rffff;
	for(i := 0; i < len b; i++){
		r ^= int b[i] << 8;
		for(k := 0; k < 8; k++){
			if(r & 16r8000)
				r = ((r << 1) ^ 16r1021) & 16rffff;
			else
				r = (r << 1) & 16rffff;
		}
	}
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	mktable();
	sys->print("table[1]=%.8ux table[128]=%.8ux table[255]=%.8ux\n", table[1], table[128], table[255]);
	tests := array[] of {"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog", "Inferno"};
	for(i := 0; i < len tests; i++){
		b := array of byte tests[i];
		sys->print("crc32=%.8ux crc16=%.4ux %q\n", crc(0, b), crc16(b), tests[i]);
	}
	# incremental computation gives the same answer
	whole := array of byte "hello, world";
	part := crc(0, whole[0:5]);
	part = crc(part, whole[5:]);
	sys->print("incremental %.8ux whole %.8ux equal=%d\n", part, crc(0, whole), part == crc(0, whole));
	# a single flipped bit changes the checksum
	flip := array of byte "123456789";
	flip[4] ^= byte 16r10;
	sys->print("flipped %s crc32=%.8ux\n", string flip, crc(0, flip));
}
