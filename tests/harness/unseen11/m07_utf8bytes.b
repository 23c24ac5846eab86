implement Utf8Bytes;

include "sys.m";
	sys: Sys;
include "draw.m";

Utf8Bytes: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

samples := array[] of {
	"plain ascii",
	"caf\u00e9 na\u00efve",
	"\u03b1\u03b2\u03b3 \u0394",
	"\u65e5\u672c\u8a9e",
	"smile \u263a!",
	"",
};

hexbytes(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i++){
		if(i > 0)
			s += " ";
		s += sys->sprint("%.2x", int b[i]);
	}
	return s;
}

# decode UTF-8 by hand and compare against the built-in conversion
decode(b: array of byte): (string, int)
{
	s := "";
	bad := 0;
	i := 0;
	while(i < len b){
		c := int b[i];
		r, n: int;
		if(c < 16r80){
			r = c; n = 1;
		}else if((c & 16rE0) == 16rC0){
			r = c & 16r1F; n = 2;
		}else if((c & 16rF0) == 16rE0){
			r = c & 16r0F; n = 3;
		}else{
			r = Sys->UTFerror; n = 1; bad++;
		}
		if(i + n > len b){
			r = Sys->UTFerror; n = 1; bad++;
		}else
			for(k := 1; k < n; k++)
				r = (r << 6) | (int b[i+k] & 16r3F);
		s[len s] = r;
		i += n;
	}
	return (s, bad);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	for(i := 0; i < len samples; i++){
		s := samples[i];
		b := array of byte s;
		(d, bad) := decode(b);
		same := "same";
		if(d != s)
			same = "DIFFERENT";
		sys->print("%-14s chars=%2d bytes=%2d utflen=%2d %s bad=%d\n",
			"\"" + s + "\"", len s, len b, sys->utfbytes(b, len b), same, bad);
		sys->print("    [%s]\n", hexbytes(b));
	}

	# codepoints of a mixed string
	m := "A\u00e9\u4e2d\u263a";
	sys->print("codepoints:");
	for(i = 0; i < len m; i++)
		sys->print(" U+%.4X(%c)", m[i], m[i]);
	sys->print("\n");

	# truncated byte sequence: split a 3-byte char
	b := array of byte "ab\u4e2dcd";
	part := b[0:4];
	sys->print("full %d bytes, prefix of 4 -> utfbytes=%d string len=%d\n",
		len b, sys->utfbytes(part, len part), len string part);
	t := string part;
	sys->print("last char of truncated = U+%.4X (UTFerror is U+%.4X)\n", t[len t - 1], Sys->UTFerror);

	# byte to char and char to byte via sys->char2byte / byte2char
	buf := array[Sys->UTFmax] of byte;
	for(c := 16r41; c < 16r10000; c *= 7){
		n := sys->char2byte(c, buf, 0);
		(r, used, ok) := sys->byte2char(buf, 0);
		sys->print("char2byte U+%.4X -> %d bytes [%s] -> byte2char U+%.4X used=%d ok=%d\n",
			c, n, hexbytes(buf[0:n]), r, used, ok);
	}

	# modifying a byte array and converting back
	word := array of byte "hello world";
	for(i = 0; i < len word; i++)
		if(word[i] >= byte 'a' && word[i] <= byte 'z' && (i == 0 || word[i-1] == byte ' '))
			word[i] -= byte ('a' - 'A');
	sys->print("capitalised: %s\n", string word);
	sys->print("slice copy: %s|%s\n", string word[6:], string word[:5]);
}
