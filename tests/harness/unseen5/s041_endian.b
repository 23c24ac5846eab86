implement Endian;

include "sys.m";
	sys: Sys;
include "draw.m";

Endian: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

put16be(b: array of byte, o: int, v: int) { b[o] = byte (v >> 8); b[o+1] = byte v; }
put16le(b: array of byte, o: int, v: int) { b[o] = byte v; b[o+1] = byte (v >> 8); }

put32be(b: array of byte, o: int, v: int)
{
	for(i := 0; i < 4; i++)
		b[o+i] = byte (v >> (24 - 8*i));
}

put32le(b: array of byte, o: int, v: int)
{
	for(i := 0; i < 4; i++)
		b[o+i] = byte (v >> (8*i));
}

get16be(b: array of byte, o: int): int { return (int b[o] << 8) | int b[o+1]; }
get16le(b: array of byte, o: int): int { return int b[o] | (int b[o+1] << 8); }

get32be(b: array of byte, o: int): int
{
	return (int b[o] << 24) | (int b[o+1] << 16) | (int b[o+2] << 8) | int b[o+3];
}

get32le(b: array of byte, o: int): int
{
	return int b[o] | (int b[o+1] << 8) | (int b[o+2] << 16) | (int b[o+3] << 24);
}

put64be(b: array of byte, o: int, v: big)
{
	for(i := 0; i < 8; i++)
		b[o+i] = byte (v >> (56 - 8*i));
}

get64be(b: array of byte, o: int): big
{
	v := big 0;
	for(i := 0; i < 8; i++)
		v = (v << 8) | big b[o+i];
	return v;
}

hex(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i++)
		s += sys->sprint("%.2x", int b[i]);
	return s;
}

bits(b: byte): string
{
	s := "";
	for(i := 7; i >= 0; i--)
		if(((b >> i) & byte 1) != byte 0)
			s += "1";
		else
			s += "0";
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b := array[4] of {* => byte 0};
	vals := array[] of {1, 16r1234, int 16rdeadbeef, -2, 16r7fffffff};
	for(i := 0; i < len vals; i++){
		v := vals[i];
		put32be(b, 0, v);
		be := hex(b);
		r1 := get32be(b, 0);
		put32le(b, 0, v);
		sys->print("%11d be=%s le=%s back be=%d le=%d\n", v, be, hex(b), r1, get32le(b, 0));
	}
	s := array[2] of byte;
	put16be(s, 0, 16rabcd);
	sys->print("16-bit be %s -> %.4ux, read as le %.4ux\n", hex(s), get16be(s, 0), get16le(s, 0));
	put16le(s, 0, -1);
	sys->print("16-bit -1 le %s -> %d (no sign extension)\n", hex(s), get16le(s, 0));
	signed := get16le(s, 0);
	if(signed & 16r8000)
		signed |= ~16rffff;
	sys->print("sign extended: %d\n", signed);
	w := array[8] of byte;
	bv := big 16r0102030405060708;
	put64be(w, 0, bv);
	sys->print("64-bit %s -> %bx\n", hex(w), get64be(w, 0));
	put64be(w, 0, big -3);
	sys->print("64-bit -3 %s -> %bd\n", hex(w), get64be(w, 0));
	# a little record: magic(2) version(1) flags(1) length(4 le) id(8 be)
	rec := array[16] of {* => byte 0};
	put16be(rec, 0, 16rcafe);
	rec[2] = byte 3;
	rec[3] = byte 16ra5;
	put32le(rec, 4, 1000000);
	put64be(rec, 8, big 987654321012345);
	sys->print("record %s\n", hex(rec));
	sys->print("magic %ux version %d flags %s length %d id %bd\n", get16be(rec, 0), int rec[2],
		bits(rec[3]), get32le(rec, 4), get64be(rec, 8));
}
