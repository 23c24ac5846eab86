implement AdlerFletcher;

include "sys.m";
	sys: Sys;
include "draw.m";

AdlerFletcher: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

MOD_ADLER: con 65521;

adler32(b: array of byte): int
{
	a := 1;
	s := 0;
	for(i := 0; i < len b; i++){
		a = (a + int b[i]) % MOD_ADLER;
		s = (s + a) % MOD_ADLER;
	}
	return (s << 16) | a;
}

fletcher16(b: array of byte): int
{
	s1 := 0;
	s2 := 0;
	for(i := 0; i < len b; i++){
		s1 = (s1 + int b[i]) % 255;
		s2 = (s2 + s1) % 255;
	}
	return (s2 << 8) | s1;
}

fletcher32(b: array of byte): int
{
	s1 := 16rffff;
	s2 := 16rffff;
	# 16-bit little-endian words, odd tail padded with zero
	for(i := 0; i < len b; i += 2){
		w := int b[i];
		if(i+1 < len b)
			w |= int b[i+1] << 8;
		s1 = (s1 + w) % 65535;
		s2 = (s2 + s1) % 65535;
	}
	return (s2 << 16) | s1;
}

# one's complement internet checksum (RFC 1071)
inet(b: array of byte): int
{
	sum := 0;
	for(i := 0; i < len b; i += 2){
		w := int b[i] << 8;
		if(i+1 < len b)
			w |= int b[i+1];
		sum += w;
	}
	while(sum >> 16)
		sum = (sum & 16rffff) + (sum >> 16);
	return ~sum & 16rffff;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	msgs := array[] of {"", "a", "abcde", "abcdef", "Wikipedia", "limbo and dis"};
	for(i := 0; i < len msgs; i++){
		b := array of byte msgs[i];
		sys->print("%-15q adler=%.8ux f16=%.4ux f32=%.8ux inet=%.4ux\n",
			msgs[i], adler32(b), fletcher16(b), fletcher32(b), inet(b));
	}
	big1 := array[5000] of byte;
	for(i = 0; i < len big1; i++)
		big1[i] = byte (i * 31 + 7);
	sys->print("5000 bytes: adler=%.8ux f16=%.4ux\n", adler32(big1), fletcher16(big1));
	hdr := array[] of {byte 16r45, byte 0, byte 0, byte 16r73, byte 0, byte 0, byte 16r40, byte 0,
		byte 16r40, byte 16r11, byte 0, byte 0, byte 16rc0, byte 16ra8, byte 0, byte 1,
		byte 16rc0, byte 16ra8, byte 0, byte 16rc7};
	c := inet(hdr);
	sys->print("ip header checksum %.4ux\n", c);
	hdr[10] = byte (c >> 8);
	hdr[11] = byte c;
	sys->print("verify %.4ux\n", inet(hdr));
}
