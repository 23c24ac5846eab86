implement Codec;

include "sys.m";
	sys: Sys;
include "draw.m";

Codec: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

b64 := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

enc64(d: array of byte): string
{
	s := "";
	for(i := 0; i < len d; i += 3){
		n := len d - i;
		v := int d[i] << 16;
		if(n > 1) v |= int d[i+1] << 8;
		if(n > 2) v |= int d[i+2];
		s[len s] = b64[(v>>18)&63];
		s[len s] = b64[(v>>12)&63];
		if(n > 1) s[len s] = b64[(v>>6)&63]; else s += "=";
		if(n > 2) s[len s] = b64[v&63]; else s += "=";
	}
	return s;
}

dec64(s: string): array of byte
{
	out := array[len s*3/4] of byte;
	n := 0;
	v := 0;
	bits := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c == '=')
			break;
		x := -1;
		for(j := 0; j < len b64; j++)
			if(b64[j] == c){
				x = j;
				break;
			}
		if(x < 0)
			raise sys->sprint("codec: bad base64 char '%c'", c);
		v = (v << 6) | x;
		bits += 6;
		if(bits >= 8){
			bits -= 8;
			out[n++] = byte (v >> bits);
		}
	}
	return out[0:n];
}

rle(s: string): string
{
	r := "";
	for(i := 0; i < len s; ){
		j := i;
		while(j < len s && s[j] == s[i])
			j++;
		if(j-i > 1)
			r += string (j-i);
		r[len r] = s[i];
		i = j;
	}
	return r;
}

unrle(s: string): string
{
	r := "";
	n := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= '0' && c <= '9'){
			n = n*10 + c - '0';
			continue;
		}
		if(n == 0)
			n = 1;
		for(; n > 0; n--)
			r[len r] = c;
	}
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	msgs := array[] of {"", "f", "fo", "foo", "foobar", "Plan 9 from Bell Labs", "ünïcödé"};
	for(i := 0; i < len msgs; i++){
		e := enc64(array of byte msgs[i]);
		d := string dec64(e);
		ok := "ok";
		if(d != msgs[i])
			ok = "BAD";
		sys->print("%-24q -> %-30s %s\n", msgs[i], e, ok);
	}
	runs := array[] of {"aaabccddddde", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "zzzzzzzzzzzz"};
	for(i = 0; i < len runs; i++){
		r := rle(runs[i]);
		verdict := "round trip";
		if(unrle(r) != runs[i])
			verdict = "BAD";
		sys->print("rle %d -> %d: %s (%s)\n", len runs[i], len r, r, verdict);
	}
	{
		dec64("abc*");
	} exception e {
	"codec:*" => sys->print("caught: %s\n", e);
	}
}
