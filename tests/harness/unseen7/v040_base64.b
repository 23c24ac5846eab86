implement B64;

include "sys.m";
	sys: Sys;
include "draw.m";

B64: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

alphabet := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
rev: array of int;

enc(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i += 3){
		v := int b[i] << 16;
		n := 1;
		if(i+1 < len b){
			v |= int b[i+1] << 8;
			n++;
		}
		if(i+2 < len b){
			v |= int b[i+2];
			n++;
		}
		for(k := 0; k < 4; k++){
			if(k <= n)
				s[len s] = alphabet[(v >> (18 - 6*k)) & 16r3F];
			else
				s[len s] = '=';
		}
	}
	return s;
}

dec(s: string): array of byte
{
	if(rev == nil){
		rev = array[128] of {* => -1};
		for(i := 0; i < len alphabet; i++)
			rev[alphabet[i]] = i;
	}
	out := array[len s * 3 / 4 + 3] of byte;
	o := 0;
	v := 0;
	bits := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c == '=')
			break;
		if(c == '\n' || c == ' ')
			continue;
		if(c >= 128 || rev[c] < 0)
			raise sys->sprint("fail:bad character %q at %d", s[i:i+1], i);
		v = (v << 6) | rev[c];
		bits += 6;
		if(bits >= 8){
			bits -= 8;
			out[o++] = byte (v >> bits);
			v &= (1 << bits) - 1;
		}
	}
	return out[0:o];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Inferno® — Limbo"};
	for(i := 0; i < len tests; i++){
		e := enc(array of byte tests[i]);
		d := string dec(e);
		ok := "ok";
		if(d != tests[i])
			ok = "MISMATCH";
		sys->print("%-20q %-28s %s\n", tests[i], e, ok);
	}
	bin := array[256] of byte;
	for(i = 0; i < len bin; i++)
		bin[i] = byte (255 - i);
	e := enc(bin);
	sys->print("256 bytes -> %d chars, tail %s\n", len e, e[len e - 12:]);
	back := dec(e);
	sum := 0;
	for(i = 0; i < len back; i++)
		sum += int back[i] * (i+1);
	sys->print("decoded %d bytes, weighted sum %d\n", len back, sum);
	{
		dec("abc$def");
	} exception x {
	"fail:*" =>
		sys->print("error: %s\n", x[5:]);
	}
}
