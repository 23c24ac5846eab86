implement HexDump;

include "sys.m";
	sys: Sys;
include "draw.m";

HexDump: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

dump(title: string, b: array of byte)
{
	sys->print("-- %s (%d bytes)\n", title, len b);
	prev := "";
	star := 0;
	for(off := 0; off < len b; off += 16){
		end := off + 16;
		if(end > len b)
			end = len b;
		hex := "";
		asc := "";
		for(i := off; i < off + 16; i++){
			if(i == off + 8)
				hex += " ";
			if(i < end){
				c := int b[i];
				hex += sys->sprint(" %02x", c);
				if(c >= 16r20 && c < 16r7f)
					asc[len asc] = c;
				else
					asc += ".";
			}else
				hex += "   ";
		}
		# collapse repeated full lines like od does
		if(end - off == 16 && hex == prev && off + 16 < len b){
			if(!star)
				sys->print("*\n");
			star = 1;
			continue;
		}
		star = 0;
		prev = hex;
		sys->print("%08x %s  |%s|\n", off, hex, asc);
	}
	sys->print("%08x\n", len b);
}

checksum(b: array of byte): (int, int)
{
	# fletcher-16 and a simple xor
	s1 := 0;
	s2 := 0;
	x := 0;
	for(i := 0; i < len b; i++){
		s1 = (s1 + int b[i]) % 255;
		s2 = (s2 + s1) % 255;
		x ^= int b[i];
	}
	return ((s2 << 8) | s1, x);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	dump("greeting", array of byte "Hello, Inferno!\n");
	dump("unicode", array of byte "na\u00efve \u2192 \u03bb-calculus\ttab\r\n");

	b := array[70] of {* => byte 0};
	for(i := 0; i < 8; i++)
		b[i] = byte (16r80 | i);
	b[len b - 3] = byte 16rde;
	b[len b - 2] = byte 16rad;
	b[len b - 1] = byte 16rbe;
	dump("mostly zero", b);

	# byte arithmetic wraps at 8 bits
	w := array[6] of byte;
	w[0] = byte 250;
	for(i = 1; i < len w; i++)
		w[i] = w[i-1] + byte 3;
	dump("wrapping", w);
	sys->print("byte 300 = %d, byte -1 = %d, int byte 'A' = %d\n", int byte 300, int byte -1, int byte 'A');

	msgs := array[] of {"", "a", "abcde", "Hello, Inferno!\n"};
	for(i = 0; i < len msgs; i++){
		(f, x) := checksum(array of byte msgs[i]);
		sys->print("fletcher16(%q) = %04X  xor = %02x\n", msgs[i], f, x);
	}

	# copy between arrays with slices
	src := array of byte "0123456789";
	dst := array[16] of {* => byte '.'};
	dst[3:] = src[2:7];
	sys->print("slice assign: %s\n", string dst);
}
