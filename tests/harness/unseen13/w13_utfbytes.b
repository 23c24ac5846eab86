implement UtfBytes;

include "sys.m";
	sys: Sys;
include "draw.m";

UtfBytes: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

decode(label: string, b: array of byte)
{
	sys->print("%s (%d bytes):", label, len b);
	i := 0;
	while(i < len b){
		(c, n, ok) := sys->byte2char(b, i);
		if(n == 0)
			break;
		if(ok)
			sys->print(" U+%04X/%d", c, n);
		else
			sys->print(" BAD(%02x)/%d", int b[i], n);
		i += n;
	}
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "aé€😀z";
	b := array of byte s;
	sys->print("string len %d, byte len %d\n", len s, len b);
	decode("mixed", b);

	# encode runes one at a time with char2byte
	runes := array[] of {'A', 16rE9, 16r20AC, 16r1F600, 16r7FF, 16r800, 16rFFFF, 16r10FFFF};
	out := array[64] of byte;
	pos := 0;
	for(i := 0; i < len runes; i++){
		n := sys->char2byte(runes[i], out, pos);
		sys->print("char2byte(U+%04X) -> %d:", runes[i], n);
		for(j := pos; j < pos+n; j++)
			sys->print(" %02x", int out[j]);
		sys->print("\n");
		pos += n;
	}
	decode("encoded", out[0:pos]);

	# utfbytes: the longest prefix of whole characters
	for(cut := len b; cut >= len b - 5; cut--)
		sys->print("utfbytes(b, %d) = %d\n", cut, sys->utfbytes(b, cut));

	# invalid and truncated sequences
	bad := array[] of {byte 16rff, byte 'o', byte 16rc3, byte 'k', byte 16re2, byte 16r82};
	decode("bad", bad);
	sys->print("bad as string: len %d, first rune U+%04X\n", len string bad, (string bad)[0]);

	# char2byte into a too-small buffer
	small := array[2] of byte;
	n := sys->char2byte(16r20AC, small, 0);
	sys->print("char2byte euro into 2 bytes = %d\n", n);
	{
		n = sys->char2byte(16r20AC, small, 2);
		sys->print("char2byte at end = %d\n", n);
	} exception e {
	"array bounds*" =>
		sys->print("char2byte at end raised %q\n", e);
	}

	# convert strings to byte arrays and back round trip
	words := array[] of {"plain", "naïve", "日本語", ""};
	for(i = 0; i < len words; i++){
		w := words[i];
		a := array of byte w;
		rt := string a;
		sys->print("%-6s runes=%d bytes=%d roundtrip=%d\n", w, len w, len a, rt == w);
	}
}
