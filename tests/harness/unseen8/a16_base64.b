#args: Man Ma M hello-world
implement Base64;

include "sys.m";
	sys: Sys;
include "draw.m";

Base64: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

alpha := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

enc64(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i += 3){
		n := len b - i;
		v := int b[i] << 16;
		if(n > 1)
			v |= int b[i+1] << 8;
		if(n > 2)
			v |= int b[i+2];
		s[len s] = alpha[(v >> 18) & 63];
		s[len s] = alpha[(v >> 12) & 63];
		if(n > 1)
			s[len s] = alpha[(v >> 6) & 63];
		else
			s[len s] = '=';
		if(n > 2)
			s[len s] = alpha[v & 63];
		else
			s[len s] = '=';
	}
	return s;
}

val(c: int): int
{
	if(c >= 'A' && c <= 'Z')
		return c - 'A';
	if(c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if(c >= '0' && c <= '9')
		return c - '0' + 52;
	if(c == '+')
		return 62;
	if(c == '/')
		return 63;
	return -1;
}

dec64(s: string): (array of byte, string)
{
	if(len s % 4 != 0)
		return (nil, "length not a multiple of 4");
	out := array[len s / 4 * 3] of byte;
	o := 0;
	for(i := 0; i < len s; i += 4){
		v := 0;
		pad := 0;
		for(j := 0; j < 4; j++){
			c := s[i+j];
			d := 0;
			if(c == '=')
				pad++;
			else{
				if(pad)
					return (nil, "data after padding");
				d = val(c);
				if(d < 0)
					return (nil, sys->sprint("bad character %q at %d", s[i+j:i+j+1], i+j));
			}
			v = (v << 6) | d;
		}
		if(pad > 2)
			return (nil, "too much padding");
		out[o++] = byte (v >> 16);
		if(pad < 2)
			out[o++] = byte (v >> 8);
		if(pad < 1)
			out[o++] = byte v;
	}
	return (out[0:o], nil);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	for(a := tl args; a != nil; a = tl a){
		e := enc64(array of byte hd a);
		(d, err) := dec64(e);
		sys->print("%-12s -> %-16s -> %s %s\n", hd a, e, string d, err);
	}
	more := array[] of {"", "f", "fo", "foo", "foob", "fooba", "foobar", "ünïcode ✓"};
	for(i := 0; i < len more; i++)
		sys->print("%q => %q\n", more[i], enc64(array of byte more[i]));

	bin := array[256] of byte;
	for(i = 0; i < 256; i++)
		bin[i] = byte i;
	e := enc64(bin);
	sys->print("256 bytes -> %d chars, head %s tail %s\n", len e, e[0:16], e[len e - 8:]);
	(d, nil) := dec64(e);
	ok := len d == 256;
	for(i = 0; ok && i < 256; i++)
		if(int d[i] != i)
			ok = 0;
	sys->print("binary roundtrip %d\n", ok);

	bad := array[] of {"abc", "ab!d", "a===", "ab=c", "TWFu", "TQ==", "TWE="};
	for(i = 0; i < len bad; i++){
		(r, err) := dec64(bad[i]);
		if(err != nil)
			sys->print("dec %s: error: %s\n", bad[i], err);
		else
			sys->print("dec %s: %q (%d bytes)\n", bad[i], string r, len r);
	}
}
