implement Base64;

include "sys.m";
	sys: Sys;
include "draw.m";

Base64: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

ALPHA: con "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

encode(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i += 3){
		n := len b - i;
		v := int b[i] << 16;
		if(n > 1)
			v |= int b[i+1] << 8;
		if(n > 2)
			v |= int b[i+2];
		s[len s] = ALPHA[(v >> 18) & 63];
		s[len s] = ALPHA[(v >> 12) & 63];
		if(n > 1)
			s[len s] = ALPHA[(v >> 6) & 63];
		else
			s += "=";
		if(n > 2)
			s[len s] = ALPHA[v & 63];
		else
			s += "=";
	}
	return s;
}

value(c: int): int
{
	for(i := 0; i < len ALPHA; i++)
		if(ALPHA[i] == c)
			return i;
	return -1;
}

decode(s: string): (array of byte, string)
{
	out := array[len s * 3 / 4] of byte;
	n := 0;
	acc := 0;
	bits := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c == '=')
			break;
		v := value(c);
		if(v < 0)
			return (nil, sys->sprint("bad character %c at %d", c, i));
		acc = (acc << 6) | v;
		bits += 6;
		if(bits >= 8){
			bits -= 8;
			out[n++] = byte (acc >> bits);
			acc &= (1 << bits) - 1;
		}
	}
	return (out[0:n], nil);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work.", "π≈3.14"};
	for(i := 0; i < len tests; i++){
		e := encode(array of byte tests[i]);
		(d, err) := decode(e);
		if(err != nil)
			sys->print("error %s\n", err);
		sys->print("%-30q -> %-38s round trip %d\n", tests[i], e, string d == tests[i]);
	}
	raw := array[256] of byte;
	for(i = 0; i < 256; i++)
		raw[i] = byte i;
	e := encode(raw);
	sys->print("256 bytes -> %d chars, tail %s\n", len e, e[len e - 12:]);
	(d, nil) := decode(e);
	ok := len d == 256;
	for(i = 0; ok && i < 256; i++)
		if(d[i] != byte i)
			ok = 0;
	sys->print("all bytes survive: %d\n", ok);
	(nil, err) := decode("SGVsbG8*");
	sys->print("decode error: %s\n", err);
}
