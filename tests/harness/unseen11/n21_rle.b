implement Rle;

include "sys.m";
	sys: Sys;
include "draw.m";

Rle: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# PackBits-style: a control byte c < 128 copies c+1 literal bytes,
# c >= 128 repeats the next byte 257-c times (2..129)
encode(in: array of byte): array of byte
{
	out := array[len in + len in/128 + 2] of byte;
	o := 0;
	i := 0;
	while(i < len in){
		run := 1;
		while(i+run < len in && in[i+run] == in[i] && run < 129)
			run++;
		if(run >= 2){
			out[o++] = byte (257 - run);
			out[o++] = in[i];
			i += run;
			continue;
		}
		# gather literals until a run of at least 3 starts
		st := i;
		while(i < len in && i - st < 128){
			if(i+2 < len in && in[i] == in[i+1] && in[i] == in[i+2])
				break;
			i++;
		}
		out[o++] = byte (i - st - 1);
		out[o:] = in[st:i];
		o += i - st;
	}
	return out[0:o];
}

decode(in: array of byte): array of byte
{
	n := 0;
	for(i := 0; i < len in; ){
		c := int in[i];
		if(c < 128){
			n += c+1;
			i += c+2;
		}else{
			n += 257-c;
			i += 2;
		}
	}
	out := array[n] of byte;
	o := 0;
	for(i = 0; i < len in; ){
		c := int in[i++];
		if(c < 128){
			out[o:] = in[i:i+c+1];
			o += c+1;
			i += c+1;
		}else{
			for(k := 0; k < 257-c; k++)
				out[o++] = in[i];
			i++;
		}
	}
	return out;
}

hex(a: array of byte): string
{
	s := "";
	for(i := 0; i < len a; i++)
		s += sys->sprint("%.2ux", int a[i]);
	return s;
}

printable(a: array of byte): string
{
	s := "";
	for(i := 0; i < len a; i++){
		c := int a[i];
		if(c >= ' ' && c < 127)
			s[len s] = c;
		else
			s += ".";
	}
	return s;
}

verdict := array[] of {"FAILED", "ok"};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	long := array[300] of {* => byte 'z'};
	long[150] = byte 'y';
	tests := array[] of {
		array of byte "aaaaabbbcddddddde",
		array of byte "abcdefg",
		array of byte "",
		array of byte "xxyyzz",
		array of byte "wörld wörld",
		long,
	};
	for(i := 0; i < len tests; i++){
		t := tests[i];
		enc := encode(t);
		dec := decode(enc);
		ok := len dec == len t;
		for(j := 0; ok && j < len t; j++)
			if(dec[j] != t[j])
				ok = 0;
		if(len t <= 20)
			sys->print("%-20s ", "\"" + string t + "\"");
		else
			sys->print("%-20s ", sys->sprint("<%d bytes>", len t));
		sys->print("%3d -> %3d  roundtrip %s\n", len t, len enc, verdict[ok]);
		if(len enc <= 24)
			sys->print("    %s  %s\n", hex(enc), printable(enc));
	}
	# slices of the string's utf-8 bytes keep multibyte sequences intact only if cut right
	w := array of byte "wörld";
	sys->print("bytes %d chars %d; first 3 bytes as string %q\n", len w, len string w, string w[0:3]);
	sys->print("cut mid-rune gives %d chars\n", len string w[0:2]);
}
