implement UtfBytes;

include "sys.m";
	sys: Sys;
include "draw.m";

UtfBytes: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

hex(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i++) {
		if(i)
			s += " ";
		s += sys->sprint("%.2x", int b[i]);
	}
	return s;
}

MARK := array[] of {"", "!"};

# decode by hand with byte2char, reporting each rune
decode(b: array of byte)
{
	sys->print("decode [%s]:", hex(b));
	for(i := 0; i < len b; ) {
		(c, n, ok) := sys->byte2char(b, i);
		sys->print(" %ux/%d%s", c, n, MARK[!ok]);
		if(n <= 0)
			break;
		i += n;
	}
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	samples := array[] of {"A", "é", "€", "𝄞", "a€b"};
	for(i := 0; i < len samples; i++) {
		b := array of byte samples[i];
		sys->print("%q: runes %d bytes %d [%s] rune0 %ux\n",
			samples[i], len samples[i], len b, hex(b), samples[i][0]);
	}

	# char2byte into a fixed buffer
	buf := array[8] of byte;
	runes := array[] of {'$', 16rA2, 16r20AC, 16r10348, 16rD800, -1, 16r110000};
	for(i = 0; i < len runes; i++) {
		n := sys->char2byte(runes[i], buf, 0);
		sys->print("char2byte %ux -> %d [%s]\n", runes[i], n, hex(buf[0:n]));
	}

	# invalid and truncated sequences
	decode(array[] of {byte 16r41, byte 16rC3, byte 16rA9, byte 16r42});
	decode(array[] of {byte 16rC3});
	decode(array[] of {byte 16rE2, byte 16r82});
	decode(array[] of {byte 16rFF, byte 16r41});
	decode(array[] of {byte 16r80, byte 16r80, byte 16r43});
	bad := array[] of {byte 'x', byte 16rE2, byte 16r82, byte 'y', byte 16rC0, byte 16rAF};
	s := string bad;
	sys->print("string of bad bytes: len %d runes", len s);
	for(i = 0; i < len s; i++)
		sys->print(" %ux", s[i]);
	sys->print("\n");

	# utfbytes: how many bytes form complete runes
	data := array of byte "añ€𝄞";
	for(n := 0; n <= len data; n++)
		sys->print("%d ", sys->utfbytes(data, n));
	sys->print("<- utfbytes for prefixes of %d bytes\n", len data);

	# byte arithmetic is modulo 256
	x := byte 200;
	y := byte 100;
	sys->print("200+100=%d 100-200=%d 200*2=%d 200/3=%d ~200=%d 200>>3=%d 200<<1=%d\n",
		int (x + y), int (y - x), int (x * byte 2), int (x / byte 3),
		int ~x, int (x >> 3), int (x << 1));
	sys->print("byte compare: %d %d\n", x > y, byte -1 == byte 255);

	# checksum over bytes, sum kept in a byte and in an int
	sumb := byte 0;
	sumi := 0;
	msg := array of byte "The quick brown fox → jumps";
	for(i = 0; i < len msg; i++) {
		sumb += msg[i];
		sumi += int msg[i];
		sumb ^= byte (i & 16r7);
	}
	sys->print("checksum byte %d int %d (int mod 256 %d)\n", int sumb, sumi, sumi % 256);

	# uppercase ASCII bytes in place, leave multibyte alone
	for(i = 0; i < len msg; i++)
		if(msg[i] >= byte 'a' && msg[i] <= byte 'z')
			msg[i] -= byte 32;
	sys->print("%s\n", string msg);
}
