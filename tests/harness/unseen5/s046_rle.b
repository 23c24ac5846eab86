implement RLE;

include "sys.m";
	sys: Sys;
include "draw.m";

RLE: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# byte-oriented PackBits-style coding:
#  n in 0..127:   n+1 literal bytes follow
#  n in 129..255: next byte repeated 257-n times
pack(in: array of byte): array of byte
{
	out := array[len in * 2 + 2] of byte;
	o := 0;
	i := 0;
	while(i < len in){
		run := 1;
		while(i + run < len in && run < 128 && in[i+run] == in[i])
			run++;
		if(run >= 3){
			out[o++] = byte (257 - run);
			out[o++] = in[i];
			i += run;
			continue;
		}
		start := i;
		while(i < len in && i - start < 128){
			if(i + 2 < len in && in[i] == in[i+1] && in[i] == in[i+2])
				break;
			i++;
		}
		out[o++] = byte (i - start - 1);
		out[o:] = in[start:i];
		o += i - start;
	}
	return out[0:o];
}

unpack(in: array of byte): array of byte
{
	n := 0;
	for(i := 0; i < len in; ){
		c := int in[i];
		if(c < 128){
			n += c + 1;
			i += c + 2;
		}else if(c > 128){
			n += 257 - c;
			i += 2;
		}else
			i++;
	}
	out := array[n] of byte;
	o := 0;
	for(i = 0; i < len in; ){
		c := int in[i++];
		if(c < 128){
			out[o:] = in[i:i+c+1];
			o += c + 1;
			i += c + 1;
		}else if(c > 128){
			for(k := 0; k < 257 - c; k++)
				out[o++] = in[i];
			i++;
		}
	}
	return out;
}

# simple textual RLE: "aaab" -> "3a1b"
textrle(s: string): string
{
	r := "";
	for(i := 0; i < len s; ){
		j := i;
		while(j < len s && s[j] == s[i])
			j++;
		r += string (j - i);
		r[len r] = s[i];
		i = j;
	}
	return r;
}

hex(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i++)
		s += sys->sprint("%.2ux", int b[i]);
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {"AAAAAAAAAABBBCDEFFFFFFG", "abcdef", "zzz", "", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"};
	for(i := 0; i < len tests; i++){
		b := array of byte tests[i];
		p := pack(b);
		u := unpack(p);
		sys->print("in %d out %d ok %d %s\n", len b, len p, string u == tests[i], hex(p));
		sys->print("  text rle: %s\n", textrle(tests[i]));
	}
	long := array[300] of {* => byte 16r55};
	p := pack(long);
	sys->print("300 equal bytes -> %s, unpacks to %d\n", hex(p), len unpack(p));
	mixed := array[140] of byte;
	for(i = 0; i < len mixed; i++)
		mixed[i] = byte i;
	p = pack(mixed);
	u := unpack(p);
	same := len u == len mixed;
	for(i = 0; same && i < len u; i++)
		same = u[i] == mixed[i];
	sys->print("140 distinct bytes -> %d bytes, headers %.2ux %.2ux, round trip %d\n", len p, int p[0], int p[129], same);
}
