implement Base64;

include "sys.m";
	sys: Sys;
include "draw.m";

Base64: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

alphabet: con "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

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
			s[len s] = '=';
		if(n > 2)
			s[len s] = alphabet[v & 63];
		else
			s[len s] = '=';
	}
	return s;
}

decodetab: array of int;

decode(s: string): array of byte
{
	if(decodetab == nil){
		decodetab = array[256] of {* => -1};
		for(i := 0; i < len alphabet; i++)
			decodetab[alphabet[i]] = i;
	}
	out := array[len s * 3 / 4] of byte;
	n := 0;
	acc := 0;
	bits := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c == '=')
			break;
		if(c >= 256 || decodetab[c] < 0)
			raise sys->sprint("base64: bad char '%c' at %d", c, i);
		acc = (acc << 6) | decodetab[c];
		bits += 6;
		if(bits >= 8){
			bits -= 8;
			out[n++] = byte (acc >> bits);
		}
	}
	return out[0:n];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Limbo ∮ Dis", "\u0000\u0001"};
	for(i := 0; i < len tests; i++){
		b := array of byte tests[i];
		e := encode(b);
		d := string decode(e);
		ok := "ok";
		if(d != tests[i])
			ok = "BAD";
		sys->print("%2d bytes -> %-20s %s\n", len b, e, ok);
	}
	bin := array[20] of byte;
	for(i = 0; i < len bin; i++)
		bin[i] = byte (i * 37 + 250);
	e := encode(bin);
	sys->print("binary: %s\n", e);
	back := decode(e);
	same := len back == len bin;
	for(i = 0; same && i < len bin; i++)
		if(back[i] != bin[i])
			same = 0;
	sys->print("roundtrip %d, first %d last %d\n", same, int back[0], int back[len back - 1]);
	bad := array[] of {"ab$d", "Zm9v", "é"};
	for(i = 0; i < len bad; i++){
		{
			r := decode(bad[i]);
			sys->print("decoded %s -> %s\n", bad[i], string r);
		} exception x {
			"base64:*" =>
				sys->fprint(sys->fildes(2), "%s\n", x);
		}
	}
}
