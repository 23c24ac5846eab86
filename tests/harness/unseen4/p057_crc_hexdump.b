implement CrcHexdump;

include "sys.m";
	sys: Sys;
include "draw.m";

CrcHexdump: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

crctab: array of int;

mktab()
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
	c := ~0;
	for(i := 0; i < len b; i++)
		c = crctab[(c ^ int b[i]) & 16rff] ^ ((c >> 8) & 16rffffff);
	return ~c;
}

adler32(b: array of byte): int
{
	a := 1;
	s := 0;
	for(i := 0; i < len b; i++){
		a = (a + int b[i]) % 65521;
		s = (s + a) % 65521;
	}
	return (s << 16) | a;
}

hexdump(b: array of byte)
{
	for(off := 0; off < len b; off += 16){
		end := off + 16;
		if(end > len b)
			end = len b;
		hex := "";
		asc := "";
		for(i := off; i < off + 16; i++){
			if(i < end){
				hex += sys->sprint("%.2x ", int b[i]);
				c := int b[i];
				if(c >= 32 && c < 127)
					asc[len asc] = c;
				else
					asc += ".";
			} else
				hex += "   ";
			if(i == off + 7)
				hex += " ";
		}
		sys->print("%.8x  %s |%s|\n", off, hex, asc);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	mktab();
	sys->print("tab[1]=%.8ux tab[255]=%.8ux\n", crctab[1], crctab[255]);
	msgs := array[] of {"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog", "Ωμέγα"};
	for(i := 0; i < len msgs; i++){
		b := array of byte msgs[i];
		sys->print("crc32=%.8ux adler32=%.8ux len=%d\n", crc32(b), adler32(b), len b);
	}
	data := array of byte "Inferno\tDis VM\n\u0001\u0002 tabs & bytes: ÿ€ end";
	hexdump(data);
	# flip one bit and show that the crc changes
	c1 := crc32(data);
	data[3] ^= byte 16r20;
	c2 := crc32(data);
	sys->fprint(sys->fildes(2), "bit flip: %.8ux -> %.8ux differ=%d\n", c1, c2, c1 != c2);
}
