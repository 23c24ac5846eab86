#args: Man f fo foo foob fooba foobar Inferno.OS
implement Base64;

include "sys.m";
	sys: Sys;
include "draw.m";

Base64: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

alphabet := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

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
		s[len s] = alphabet[(v >> 18) & 63];
		s[len s] = alphabet[(v >> 12) & 63];
		if(n > 1)
			s[len s] = alphabet[(v >> 6) & 63];
		else
			s += "=";
		if(n > 2)
			s[len s] = alphabet[v & 63];
		else
			s += "=";
	}
	return s;
}

decval: array of int;

decode(s: string): (array of byte, string)
{
	if(decval == nil){
		decval = array[128] of {* => -1};
		for(i := 0; i < len alphabet; i++)
			decval[alphabet[i]] = i;
	}
	if(len s % 4 != 0)
		return (nil, sys->sprint("length %d not a multiple of 4", len s));
	out := array[len s / 4 * 3] of byte;
	n := 0;
	for(i := 0; i < len s; i += 4){
		v := 0;
		pad := 0;
		for(k := 0; k < 4; k++){
			c := s[i+k];
			d := 0;
			if(c == '=')
				pad++;
			else if(c >= 128 || (d = decval[c]) < 0)
				return (nil, sys->sprint("bad character %c at %d", c, i+k));
			v = (v << 6) | d;
		}
		out[n++] = byte (v >> 16);
		if(pad < 2)
			out[n++] = byte (v >> 8);
		if(pad < 1)
			out[n++] = byte v;
	}
	return (out[0:n], nil);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	for(argv = tl argv; argv != nil; argv = tl argv){
		s := hd argv;
		b := array of byte s;
		e := encode(b);
		(d, err) := decode(e);
		if(err != nil)
			sys->print("%-14s -> %-20s decode error: %s\n", s, e, err);
		else
			sys->print("%-14s -> %-20s -> %s (%d bytes)\n", s, e, string d, len d);
	}

	bad := array[] of {"Zm9v!mFy", "abc", "SGVsbG8=", "////", "AAECAwQF"};
	for(i := 0; i < len bad; i++){
		(d, err) := decode(bad[i]);
		if(err != nil){
			sys->fprint(sys->fildes(2), "decode %s: %s\n", bad[i], err);
			continue;
		}
		sys->print("decode %s:", bad[i]);
		for(k := 0; k < len d; k++)
			sys->print(" %d", int d[k]);
		sys->print("\n");
	}

	# all 256 byte values round trip
	all := array[256] of byte;
	for(i = 0; i < 256; i++)
		all[i] = byte i;
	e := encode(all);
	(back, nil) := decode(e);
	same := len back == 256;
	for(i = 0; same && i < 256; i++)
		if(back[i] != all[i])
			same = 0;
	sys->print("256-byte round trip: %d chars, head %s..., tail ...%s, ok=%d\n",
		len e, e[0:12], e[len e - 8:], same);
}
