implement Rle;

include "sys.m";
	sys: Sys;
include "draw.m";

Rle: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# PackBits-style run-length coding
encode(d: array of byte): array of byte
{
	out := array[2*len d + 2] of byte;
	o := 0;
	i := 0;
	while(i < len d){
		run := 1;
		while(i+run < len d && run < 128 && d[i+run] == d[i])
			run++;
		if(run >= 3){
			out[o++] = byte (257 - run);
			out[o++] = d[i];
			i += run;
			continue;
		}
		# literal block
		st := i;
		while(i < len d && i - st < 128){
			if(i+2 < len d && d[i] == d[i+1] && d[i] == d[i+2])
				break;
			i++;
		}
		out[o++] = byte (i - st - 1);
		out[o:] = d[st:i];
		o += i - st;
	}
	return out[0:o];
}

decode(e: array of byte): array of byte
{
	out: array of byte;
	n := 0;
	out = array[16] of byte;
	i := 0;
	while(i < len e){
		h := int e[i++];
		if(h < 128){
			k := h + 1;
			if(i + k > len e)
				raise "fail:truncated literal";
			out = ensure(out, n + k);
			out[n:] = e[i:i+k];
			n += k;
			i += k;
		}else{
			k := 257 - h;
			if(i >= len e)
				raise "fail:truncated run";
			out = ensure(out, n + k);
			for(j := 0; j < k; j++)
				out[n++] = e[i];
			i++;
		}
	}
	return out[0:n];
}

ensure(a: array of byte, n: int): array of byte
{
	if(n <= len a)
		return a;
	m := 2*len a;
	if(m < n)
		m = n;
	b := array[m] of byte;
	b[0:] = a;
	return b;
}

hex(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i++)
		s += sys->sprint("%.2x", int b[i]);
	return s;
}

eq(a, b: array of byte): int
{
	if(len a != len b)
		return 0;
	for(i := 0; i < len a; i++)
		if(a[i] != b[i])
			return 0;
	return 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {
		"AAAAAABCDDDDEEEEEEEEF",
		"abcdef",
		"",
		"zz",
		"xyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyx",
	};
	for(i := 0; i < len tests; i++){
		d := array of byte tests[i];
		e := encode(d);
		r := decode(e);
		h := hex(e);
		if(len h > 40)
			h = h[0:40] + "...";
		sys->print("%3d -> %3d %s roundtrip=%d\n", len d, len e, h, eq(d, r));
	}
	bad := array[] of {byte 5, byte 'a', byte 'b'};
	{
		decode(bad);
	} exception x {
	"fail:*" =>
		sys->print("decode error: %s\n", x[5:]);
	}
	bad = array[] of {byte 16rFE};
	{
		decode(bad);
	} exception x {
	"fail:*" =>
		sys->print("decode error: %s\n", x[5:]);
	}
}
