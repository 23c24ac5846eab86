implement BadUtf8;

include "sys.m";
	sys: Sys;
include "draw.m";

BadUtf8: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

runes(tag: string, b: array of byte)
{
	s := string b;
	sys->print("%s: bytes=%d runes=%d:", tag, len b, len s);
	for(i := 0; i < len s; i++)
		sys->print(" %x", s[i]);
	back := array of byte s;
	sys->print(" | rebytes=%d\n", len back);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	runes("ascii", array[] of {byte 'h', byte 'i'});
	runes("valid 2-byte", array[] of {byte 16rc3, byte 16ra9});
	runes("lone continuation", array[] of {byte 16r80});
	runes("truncated 2-byte", array[] of {byte 'a', byte 16rc3});
	runes("truncated 3-byte", array[] of {byte 16re4, byte 16rb8, byte 'z'});
	runes("overlong slash", array[] of {byte 16rc0, byte 16raf});
	runes("ff byte", array[] of {byte 16rff, byte 'x'});
	runes("valid 3-byte", array[] of {byte 16re4, byte 16rb8, byte 16rad});
	runes("nul inside", array[] of {byte 'a', byte 0, byte 'b'});
	runes("empty", array[0] of byte);
	# slicing a byte array in the middle of a character
	b := array of byte "añb";
	runes("cut before", b[0:2]);
	runes("cut after", b[2:]);
	# sys->utfbytes finds the boundary
	n := sys->utfbytes(b[0:2], 2);
	sys->print("utfbytes of cut = %d\n", n);
	# byte2char decoding
	(c, l, ok) := sys->byte2char(array[] of {byte 16rc3, byte 16ra9}, 0);
	sys->print("byte2char: c=%x len=%d ok=%d\n", c, l, ok);
	(c, l, ok) = sys->byte2char(array[] of {byte 16rc3}, 0);
	sys->print("byte2char short: c=%x len=%d ok=%d\n", c, l, ok);
	(c, l, ok) = sys->byte2char(array[] of {byte 16r80, byte 'a'}, 0);
	sys->print("byte2char bad: c=%x len=%d ok=%d\n", c, l, ok);
}
