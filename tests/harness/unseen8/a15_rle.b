implement RLE;

include "sys.m";
	sys: Sys;
include "draw.m";

RLE: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

encode(s: string): string
{
	r := "";
	i := 0;
	while(i < len s){
		c := s[i];
		j := i;
		while(j < len s && s[j] == c)
			j++;
		n := j - i;
		if(n > 1)
			r += string n;
		r[len r] = c;
		i = j;
	}
	return r;
}

decode(s: string): (string, string)
{
	r := "";
	n := 0;
	havenum := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= '0' && c <= '9'){
			n = n * 10 + (c - '0');
			havenum = 1;
			continue;
		}
		if(!havenum)
			n = 1;
		if(n == 0)
			return (r, "zero count at " + string i);
		for(k := 0; k < n; k++)
			r[len r] = c;
		n = 0;
		havenum = 0;
	}
	if(havenum)
		return (r, "dangling count");
	return (r, nil);
}

# byte-oriented RLE producing (count, byte) pairs, count <= 255
bencode(b: array of byte): array of byte
{
	out := array[2 * len b] of byte;
	o := 0;
	i := 0;
	while(i < len b){
		j := i;
		while(j < len b && b[j] == b[i] && j - i < 255)
			j++;
		out[o++] = byte (j - i);
		out[o++] = b[i];
		i = j;
	}
	return out[0:o];
}

bdecode(b: array of byte): array of byte
{
	n := 0;
	for(i := 0; i + 1 < len b; i += 2)
		n += int b[i];
	out := array[n] of byte;
	o := 0;
	for(i = 0; i + 1 < len b; i += 2)
		for(k := 0; k < int b[i]; k++)
			out[o++] = b[i+1];
	return out;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {"", "a", "aaaa", "abc", "aaabccddddde", "WWWWWWWWWWWWBWWWWWWWWWWWWBBB", "ééé€€x", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"};
	for(i := 0; i < len tests; i++){
		e := encode(tests[i]);
		(d, err) := decode(e);
		ok := "ok";
		if(err != nil || d != tests[i])
			ok = "MISMATCH";
		sys->print("%-30q -> %-16q %s ratio=%d/%d\n", tests[i], e, ok, len e, len tests[i]);
	}
	bad := array[] of {"3a0b", "12", "2x3", "a10"};
	for(i = 0; i < len bad; i++){
		(d, err) := decode(bad[i]);
		if(err == nil)
			err = "none";
		sys->print("decode %q = %q err=%s\n", bad[i], d, err);
	}

	raw := array[600] of byte;
	for(i = 0; i < len raw; i++)
		raw[i] = byte (i / 200);
	enc := bencode(raw);
	sys->print("bytes: %d -> %d:", len raw, len enc);
	for(i = 0; i < len enc; i++)
		sys->print(" %d", int enc[i]);
	sys->print("\n");
	dec := bdecode(enc);
	same := len dec == len raw;
	for(i = 0; same && i < len dec; i++)
		if(dec[i] != raw[i])
			same = 0;
	sys->print("byte roundtrip: %d\n", same);

	long := array[300] of {* => byte 'q'};
	enc = bencode(long);
	sys->print("300 q's ->");
	for(i = 0; i < len enc; i++)
		sys->print(" %d", int enc[i]);
	sys->print("\n");
}
