implement Encodings;

include "sys.m";
	sys: Sys;
include "draw.m";

Encodings: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

B64: con "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

b64enc(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i += 3){
		n := len b - i;
		v := int b[i] << 16;
		if(n > 1)
			v |= int b[i+1] << 8;
		if(n > 2)
			v |= int b[i+2];
		s[len s] = B64[(v >> 18) & 63];
		s[len s] = B64[(v >> 12) & 63];
		if(n > 1)
			s[len s] = B64[(v >> 6) & 63];
		else
			s += "=";
		if(n > 2)
			s[len s] = B64[v & 63];
		else
			s += "=";
	}
	return s;
}

b64val(c: int): int
{
	for(i := 0; i < len B64; i++)
		if(B64[i] == c)
			return i;
	return -1;
}

b64dec(s: string): (array of byte, string)
{
	if(len s % 4 != 0)
		return (nil, "length not a multiple of 4");
	out := array[len s / 4 * 3] of byte;
	n := 0;
	for(i := 0; i < len s; i += 4){
		v := 0;
		pad := 0;
		for(k := 0; k < 4; k++){
			c := s[i+k];
			d := 0;
			if(c == '='){
				if(i + 4 != len s || k < 2)
					return (nil, sys->sprint("misplaced padding at %d", i+k));
				pad++;
			}else{
				if(pad)
					return (nil, "data after padding");
				d = b64val(c);
				if(d < 0)
					return (nil, sys->sprint("bad character '%c' at %d", c, i+k));
			}
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

# run-length encoding: runs of 3+ become "~<count><char>", '~' is always escaped
rle(s: string): string
{
	r := "";
	i := 0;
	while(i < len s){
		c := s[i];
		j := i;
		while(j < len s && s[j] == c && j - i < 99)
			j++;
		n := j - i;
		if(n >= 3 || c == '~')
			r += sys->sprint("~%02d%c", n, c);
		else
			for(k := 0; k < n; k++)
				r[len r] = c;
		i = j;
	}
	return r;
}

unrle(s: string): string
{
	r := "";
	for(i := 0; i < len s; i++){
		if(s[i] != '~'){
			r[len r] = s[i];
			continue;
		}
		if(i + 3 >= len s)
			raise "rle: truncated run";
		n := int s[i+1:i+3];
		c := s[i+3];
		for(k := 0; k < n; k++)
			r[len r] = c;
		i += 3;
	}
	return r;
}

hex(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i++)
		s += sys->sprint("%02x", int b[i]);
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	samples := array[] of {"", "f", "fo", "foo", "foob", "fooba", "foobar",
		"Many hands make light work.", "Ünïcödé ⌘"};
	sys->print("base64:\n");
	for(i := 0; i < len samples; i++){
		b := array of byte samples[i];
		e := b64enc(b);
		(d, err) := b64dec(e);
		ok := "ok";
		if(err != nil || string d != samples[i])
			ok = "MISMATCH";
		sys->print("  %-30q -> %-40s %s\n", samples[i], e, ok);
	}
	bin := array[256] of byte;
	for(i = 0; i < len bin; i++)
		bin[i] = byte (255 - i);
	e := b64enc(bin);
	(d, nil) := b64dec(e);
	same := len d == len bin;
	for(i = 0; same && i < len d; i++)
		if(d[i] != bin[i])
			same = 0;
	sys->print("  256 binary bytes -> %d chars, starts %s, round trip %d\n", len e, e[0:16], same);

	bad := array[] of {"Zm9v!", "Zm9vYg=", "Zm=vYg==", "Zm9vY===", "Zm9vYmFy", "////"};
	for(i = 0; i < len bad; i++){
		(dd, err) := b64dec(bad[i]);
		if(err != nil)
			sys->print("  decode %-10s error: %s\n", bad[i], err);
		else
			sys->print("  decode %-10s = %s\n", bad[i], hex(dd));
	}

	sys->print("\nrun-length:\n");
	rs := array[] of {
		"aaaaabbbcdddddddddddddd",
		"no runs here",
		"~~tilde~~~",
		"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
		"",
	};
	for(i = 0; i < len rs; i++){
		enc := rle(rs[i]);
		back := unrle(enc);
		pct := 100;
		if(len rs[i] > 0)
			pct = 100 * len enc / len rs[i];
		st := "ok";
		if(back != rs[i])
			st = "MISMATCH";
		sys->print("  %d -> %d chars (%d%%) %s: %s\n", len rs[i], len enc, pct, st, enc);
	}
	long := "";
	for(i = 0; i < 250; i++)
		long += "z";
	sys->print("  250 z's: %s\n", rle(long));
	{
		unrle("ab~1");
	} exception ex {
	"rle:*" =>
		sys->print("  bad input: %s\n", ex);
	}
}
