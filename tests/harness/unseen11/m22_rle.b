#args: aaabccddddde WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW abc x 9999
implement Rle;

include "sys.m";
	sys: Sys;
include "draw.m";

Rle: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# textual RLE: count followed by char; counts of 1 omitted
encode(s: string): string
{
	r := "";
	i := 0;
	while(i < len s){
		j := i;
		while(j < len s && s[j] == s[i])
			j++;
		n := j - i;
		if(n > 1)
			r += string n;
		r[len r] = s[i];
		i = j;
	}
	return r;
}

decode(s: string): string
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
	if(n != 0)
		raise "decode: dangling count " + string n;
	return r;
}

# byte-oriented RLE: pairs of (count, byte), counts up to 255
bencode(b: array of byte): array of byte
{
	out := array[2 * len b] of byte;
	n := 0;
	i := 0;
	while(i < len b){
		j := i;
		while(j < len b && b[j] == b[i] && j - i < 255)
			j++;
		out[n++] = byte (j - i);
		out[n++] = b[i];
		i = j;
	}
	return out[0:n];
}

bdecode(b: array of byte): array of byte
{
	total := 0;
	for(i := 0; i < len b; i += 2)
		total += int b[i];
	out := array[total] of byte;
	k := 0;
	for(i = 0; i < len b; i += 2)
		for(c := int b[i]; c > 0; c--)
			out[k++] = b[i+1];
	return out;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	for(a := tl argv; a != nil; a = tl a){
		s := hd a;
		e := encode(s);
		ratio := real len e / real len s;
		ok := "ok";
		{
			if(decode(e) != s)
				ok = "MISMATCH";
		} exception x {
		"decode:*" =>
			ok = x;
		}
		if(len s > 20)
			s = s[0:17] + "...";
		sys->print("%-20s -> %-24s %5.2f %s\n", s, e, ratio, ok);
	}

	# bytes: a long run longer than 255
	raw := array[600] of byte;
	for(i := 0; i < len raw; i++)
		if(i < 300)
			raw[i] = byte 'z';
		else if(i < 310)
			raw[i] = byte i;
		else
			raw[i] = byte 0;
	enc := bencode(raw);
	sys->print("bytes: %d -> %d:", len raw, len enc);
	for(i = 0; i < len enc; i += 2)
		sys->print(" %d*%02x", int enc[i], int enc[i+1]);
	sys->print("\n");
	dec := bdecode(enc);
	same := len dec == len raw;
	for(i = 0; same && i < len raw; i++)
		same = dec[i] == raw[i];
	sys->print("byte round trip: %d\n", same);

	bad := array[] of {"3a2b", "12x0", "ab5"};
	for(i = 0; i < len bad; i++){
		{
			sys->print("decode %q = %q\n", bad[i], decode(bad[i]));
		} exception x {
		"*" =>
			sys->print("decode %q failed: %s\n", bad[i], x);
		}
	}
}
