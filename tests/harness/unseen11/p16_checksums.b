implement Checksums;

include "sys.m";
	sys: Sys;
include "draw.m";
include "crc.m";
	crcmod: Crc;
include "keyring.m";
	kr: Keyring;

Checksums: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

crctab: array of int;

mkcrctab()
{
	crctab = array[256] of int;
	for(n := 0; n < 256; n++){
		c := n;
		for(k := 0; k < 8; k++){
			if(c & 1)
				c = int 16redb88320 ^ ((c >> 1) & 16r7fffffff);
			else
				c = (c >> 1) & 16r7fffffff;
		}
		crctab[n] = c;
	}
}

crc32(b: array of byte): int
{
	c := int 16rffffffff;
	for(i := 0; i < len b; i++)
		c = crctab[(c ^ int b[i]) & 16rff] ^ ((c >> 8) & 16rffffff);
	return c ^ int 16rffffffff;
}

adler32(b: array of byte): int
{
	MOD: con 65521;
	a := 1;
	s := 0;
	for(i := 0; i < len b; i++){
		a = (a + int b[i]) % MOD;
		s = (s + a) % MOD;
	}
	return (s << 16) | a;
}

fletcher16(b: array of byte): int
{
	s1 := 0;
	s2 := 0;
	for(i := 0; i < len b; i++){
		s1 = (s1 + int b[i]) % 255;
		s2 = (s2 + s1) % 255;
	}
	return (s2 << 8) | s1;
}

# the 16-bit ones' complement sum used by IP headers
inetsum(b: array of byte): int
{
	sum := 0;
	for(i := 0; i + 1 < len b; i += 2)
		sum += (int b[i] << 8) | int b[i+1];
	if(len b & 1)
		sum += int b[len b - 1] << 8;
	while(sum >> 16)
		sum = (sum & 16rffff) + (sum >> 16);
	return ~sum & 16rffff;
}

hex(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i++)
		s += sys->sprint("%.2ux", int b[i]);
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	crcmod = load Crc Crc->PATH;
	kr = load Keyring Keyring->PATH;
	mkcrctab();
	sys->print("crc table[1]=%.8ux [128]=%.8ux [255]=%.8ux\n", crctab[1], crctab[128], crctab[255]);

	inputs := array[] of {
		"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog",
		"Wikipedia", "Plan 9 from Bell Labs", "ünïcödé",
	};
	for(i := 0; i < len inputs; i++){
		b := array of byte inputs[i];
		st := crcmod->init(0, int 16rffffffff);
		lib := crcmod->crc(st, b, len b);
		ok := "";
		if(lib != crc32(b))
			ok = sys->sprint(" (Crc module says %.8ux)", lib);
		sys->print("%-45q len %2d crc32 %.8ux adler %.8ux fl16 %.4ux inet %.4ux%s\n",
			inputs[i], len b, crc32(b), adler32(b), fletcher16(b), inetsum(b), ok);
	}

	# digest a longer buffer incrementally with md5 and sha1
	buf := array[1000] of byte;
	for(i = 0; i < len buf; i++)
		buf[i] = byte (i * 7 + (i >> 3));
	md := array[Keyring->MD5dlen] of byte;
	sh := array[Keyring->SHA1dlen] of byte;
	kr->md5(buf, len buf, md, nil);
	ds: ref Keyring->DigestState;
	for(off := 0; off < len buf; off += 300){
		e := off + 300;
		if(e > len buf)
			e = len buf;
		if(e == len buf)
			kr->sha1(buf[off:e], e - off, sh, ds);
		else
			ds = kr->sha1(buf[off:e], e - off, nil, ds);
	}
	sys->print("md5  %s\nsha1 %s\n", hex(md), hex(sh));
	sys->print("crc32 of buffer %.8ux, single bit flip -> %.8ux\n", crc32(buf), crc32(flip(buf, 500, 3)));
}

flip(b: array of byte, i, bit: int): array of byte
{
	c := array[len b] of byte;
	c[0:] = b;
	c[i] ^= byte (1 << bit);
	return c;
}
