implement Utf8;

include "sys.m";
	sys: Sys;
include "draw.m";

Utf8: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# hand-written UTF-8 encoder, checked against the language's conversion
enc(r: int): array of byte
{
	if(r < 16r80)
		return array[] of {byte r};
	if(r < 16r800)
		return array[] of {byte (16rc0 | r >> 6), byte (16r80 | r & 16r3f)};
	if(r < 16r10000)
		return array[] of {byte (16re0 | r >> 12), byte (16r80 | (r >> 6) & 16r3f), byte (16r80 | r & 16r3f)};
	return array[] of {byte (16rf0 | r >> 18), byte (16r80 | (r >> 12) & 16r3f),
		byte (16r80 | (r >> 6) & 16r3f), byte (16r80 | r & 16r3f)};
}

hex(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i++){
		if(i > 0)
			s += " ";
		s += sys->sprint("%.2ux", int b[i]);
	}
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "héllo, wörld — ∀x∈ℝ 日本";
	b := array of byte s;
	sys->print("%d runes, %d bytes\n", len s, len b);
	runes := array[] of {'A', 16re9, 16r3b1, 16r2014, 16r65e5, 16rfffd};
	for(i := 0; i < len runes; i++){
		r := runes[i];
		t := "";
		t[0] = r;
		mine := enc(r);
		lang := array of byte t;
		sys->print("U+%.4ux %s: %s (utf %d bytes) match=%d\n", r, t, hex(mine), sys->utfbytes(lang, len lang), hex(mine) == hex(lang));
	}
	# count bytes per rune class
	classes := array[5] of {* => 0};
	for(i = 0; i < len s; i++)
		classes[len enc(s[i])]++;
	sys->print("1-byte %d, 2-byte %d, 3-byte %d, 4-byte %d\n", classes[1], classes[2], classes[3], classes[4]);
	# slicing a string by rune index versus bytes
	sys->print("runes 15..18: %s\n", s[15:18]);
	sys->print("byte-level cut at 2 gives %d bytes -> %d runes\n", len b[0:2], len string b[0:2]);
	# what survives of invalid and truncated sequences
	bad := array[] of {byte 'o', byte 'k', byte 16rff, byte 16rc3, byte '!'};
	bs := string bad;
	sys->print("invalid input: %d runes:", len bs);
	for(i = 0; i < len bs; i++)
		sys->print(" %.4ux", bs[i]);
	sys->print("\n");
	# utfbytes on a partial buffer stops before an incomplete rune
	part := array of byte "aé日";
	for(n := 1; n <= len part; n++)
		sys->print("utfbytes(first %d) = %d\n", n, sys->utfbytes(part, n));
	up := "";
	for(i = 0; i < len s; i++){
		c := s[i];
		if(c >= 'a' && c <= 'z')
			c -= 32;
		up[len up] = c;
	}
	sys->print("ascii upper: %s\n", up);
}
