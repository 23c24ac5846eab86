#args: WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW aaabccddddde x
implement RLE;

include "sys.m";
	sys: Sys;
include "draw.m";

RLE: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

encode(s: string): string
{
	out := "";
	for(i := 0; i < len s; ){
		j := i;
		while(j < len s && s[j] == s[i])
			j++;
		n := j - i;
		if(n > 1)
			out += string n;
		out[len out] = s[i];
		i = j;
	}
	return out;
}

decode(s: string): string
{
	out := "";
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
			out[len out] = c;
	}
	if(n != 0)
		raise "fail:dangling count";
	return out;
}

# byte-oriented variant: (count, byte) pairs with count <= 255
packbytes(b: array of byte): array of byte
{
	out := array[2*len b] of byte;
	o := 0;
	for(i := 0; i < len b; ){
		j := i;
		while(j < len b && b[j] == b[i] && j - i < 255)
			j++;
		out[o++] = byte (j - i);
		out[o++] = b[i];
		i = j;
	}
	return out[0:o];
}

hex(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i++)
		s += sys->sprint("%.2ux", int b[i]);
	return s;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	for(argv = tl argv; argv != nil; argv = tl argv){
		s := hd argv;
		e := encode(s);
		d := decode(e);
		ratio := 100 * len e / len s;
		sys->print("%d -> %d chars (%d%%): %s\n", len s, len e, ratio, e);
		if(d != s)
			sys->print("  ROUNDTRIP FAILED\n");
	}
	raw := array[600] of byte;
	for(i := 0; i < len raw; i++)
		if(i < 300)
			raw[i] = byte 0;
		else
			raw[i] = byte (i / 100);
	p := packbytes(raw);
	sys->print("packed %d bytes into %d: %s\n", len raw, len p, hex(p));
	{
		sys->print("%s\n", decode("3a2b7"));
	}exception x{
	"fail:*" =>
		sys->fprint(sys->fildes(2), "rle: %s\n", x[5:]);
	}
	sys->print("utf: %s\n", encode("ééééxxü"));
}
