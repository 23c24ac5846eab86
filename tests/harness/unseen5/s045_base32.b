implement Base32;

include "sys.m";
	sys: Sys;
include "draw.m";

Base32: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

STD: con "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
HEX: con "0123456789ABCDEFGHIJKLMNOPQRSTUV";

encode(b: array of byte, alpha: string, pad: int): string
{
	s := "";
	acc := 0;
	bits := 0;
	for(i := 0; i < len b; i++){
		acc = (acc << 8) | int b[i];
		bits += 8;
		while(bits >= 5){
			bits -= 5;
			s[len s] = alpha[(acc >> bits) & 31];
		}
		acc &= (1 << bits) - 1;
	}
	if(bits > 0)
		s[len s] = alpha[(acc << (5 - bits)) & 31];
	if(pad)
		while(len s % 8 != 0)
			s += "=";
	return s;
}

decode(s: string, alpha: string): array of byte
{
	rev := array[128] of {* => -1};
	for(i := 0; i < len alpha; i++)
		rev[alpha[i]] = i;
	out := array[len s] of byte;
	n := 0;
	acc := 0;
	bits := 0;
	for(i = 0; i < len s; i++){
		c := s[i];
		if(c == '=')
			break;
		if(c >= 'a' && c <= 'z')
			c -= 'a' - 'A';
		if(c >= 128 || rev[c] < 0)
			continue;
		acc = (acc << 5) | rev[c];
		bits += 5;
		if(bits >= 8){
			bits -= 8;
			out[n++] = byte (acc >> bits);
		}
		acc &= (1 << bits) - 1;
	}
	return out[0:n];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
	for(i := 0; i < len tests; i++){
		b := array of byte tests[i];
		std := encode(b, STD, 1);
		hex := encode(b, HEX, 0);
		sys->print("%-8q std=%-16s hex=%-10s back=%q/%q\n", tests[i], std, hex,
			string decode(std, STD), string decode(hex, HEX));
	}
	# lower case and embedded separators are tolerated by the decoder
	sys->print("lenient: %s\n", string decode("mzxw-6ytb oi======", STD));
	key := array[10] of byte;
	for(i = 0; i < len key; i++)
		key[i] = byte (i * 29 + 3);
	enc := encode(key, STD, 1);
	sys->print("key %s\n", enc);
	grouped := "";
	for(i = 0; i < len enc; i++){
		if(i > 0 && i % 4 == 0)
			grouped += " ";
		grouped[len grouped] = enc[i];
	}
	sys->print("grouped %s\n", grouped);
	d := decode(grouped, STD);
	same := len d == len key;
	for(i = 0; same && i < len d; i++)
		same = d[i] == key[i];
	sys->print("grouped decodes back: %d\n", same);
}
