implement Base64;

include "sys.m";
	sys: Sys;
include "draw.m";

Base64: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

ALPHA: con "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

Codec: adt {
	alpha:	string;
	pad:	int;
	rev:	array of int;

	mk:	fn(alpha: string, pad: int): ref Codec;
	enc:	fn(c: self ref Codec, b: array of byte): string;
	dec:	fn(c: self ref Codec, s: string): array of byte;
};

BadInput: exception(int, int);

Codec.mk(alpha: string, pad: int): ref Codec
{
	r := array[128] of {* => -1};
	for(i := 0; i < len alpha; i++)
		r[alpha[i]] = i;
	return ref Codec(alpha, pad, r);
}

Codec.enc(c: self ref Codec, b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i += 3){
		n := len b - i;
		v := int b[i] << 16;
		if(n > 1)
			v |= int b[i+1] << 8;
		if(n > 2)
			v |= int b[i+2];
		s[len s] = c.alpha[(v >> 18) & 63];
		s[len s] = c.alpha[(v >> 12) & 63];
		if(n > 1)
			s[len s] = c.alpha[(v >> 6) & 63];
		else if(c.pad)
			s += "=";
		if(n > 2)
			s[len s] = c.alpha[v & 63];
		else if(c.pad)
			s += "=";
	}
	return s;
}

Codec.dec(c: self ref Codec, s: string): array of byte
{
	out := array[len s * 3 / 4 + 3] of byte;
	n := 0;
	acc := 0;
	bits := 0;
	for(i := 0; i < len s; i++){
		ch := s[i];
		if(ch == '=')
			break;
		if(ch == '\n' || ch == ' ')
			continue;
		v := -1;
		if(ch < 128)
			v = c.rev[ch];
		if(v < 0)
			raise BadInput(i, ch);
		acc = (acc << 6) | v;
		bits += 6;
		if(bits >= 8){
			bits -= 8;
			out[n++] = byte (acc >> bits);
			acc &= (1 << bits) - 1;
		}
	}
	return out[0:n];
}

std, url: ref Codec;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	std = Codec.mk(ALPHA, 1);
	url = Codec.mk(ALPHA[0:62] + "-_", 0);
	samples := array[] of {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Inferno ☺ Limbo", "\u00ff\u00fe?>"};
	for(i := 0; i < len samples; i++){
		b := array of byte samples[i];
		e := std.enc(b);
		u := url.enc(b);
		d := std.dec(e);
		sys->print("%-20q %-24s %-22s %d\n", samples[i], e, u, string d == samples[i]);
	}
	raw := array[256] of byte;
	for(i = 0; i < 256; i++)
		raw[i] = byte i;
	e := std.enc(raw);
	sys->print("256 bytes -> %d chars, tail %s\n", len e, e[len e - 12:]);
	d := std.dec(e);
	same := len d == 256;
	for(i = 0; same && i < 256; i++)
		if(d[i] != raw[i])
			same = 0;
	sys->print("roundtrip all bytes: %d\n", same);
	bad := array[] of {"SGVsbG8=", "SGV*bG8=", "SGVs\nbG8h", "é=="};
	for(i = 0; i < len bad; i++){
		{
			x := std.dec(bad[i]);
			sys->print("dec %q = %q\n", bad[i], string x);
		} exception ex {
		BadInput =>
			(pos, ch) := ex;
			sys->print("dec %q: bad char U+%.4x at %d\n", bad[i], ch, pos);
		}
	}
}
