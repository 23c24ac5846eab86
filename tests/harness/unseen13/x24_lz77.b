implement Lz77;

include "sys.m";
	sys: Sys;
include "draw.m";

Lz77: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

WINDOW: con 255;
MINMATCH: con 3;

Token: adt {
	pick {
	Lit =>	c: byte;
	Ref =>	dist, length: int;
	}
};

Encoder: adt {
	data:	array of byte;
	pos:	int;
	longest:	fn(e: self ref Encoder): (int, int);
	run:	fn(e: self ref Encoder): list of ref Token;
};

BitWriter: adt {
	buf:	array of byte;
	nbits:	int;
	put:	fn(w: self ref BitWriter, v, n: int);
	bytes:	fn(w: self ref BitWriter): array of byte;
};

Encoder.longest(e: self ref Encoder): (int, int)
{
	bestd := 0;
	bestl := 0;
	start := e.pos - WINDOW;
	if(start < 0)
		start = 0;
	for(s := start; s < e.pos; s++){
		l := 0;
		while(e.pos + l < len e.data && l < 255 && e.data[s+l] == e.data[e.pos+l])
			l++;
		if(l > bestl){
			bestl = l;
			bestd = e.pos - s;
		}
	}
	return (bestd, bestl);
}

Encoder.run(e: self ref Encoder): list of ref Token
{
	out: list of ref Token;
	while(e.pos < len e.data){
		(d, l) := e.longest();
		if(l >= MINMATCH){
			out = ref Token.Ref(d, l) :: out;
			e.pos += l;
		}else
			out = ref Token.Lit(e.data[e.pos++]) :: out;
	}
	r: list of ref Token;
	for(; out != nil; out = tl out)
		r = hd out :: r;
	return r;
}

BitWriter.put(w: self ref BitWriter, v, n: int)
{
	for(i := n-1; i >= 0; i--){
		if(w.nbits/8 >= len w.buf){
			nb := array[2*len w.buf] of {* => byte 0};
			nb[0:] = w.buf;
			w.buf = nb;
		}
		if((v >> i) & 1)
			w.buf[w.nbits/8] |= byte (16r80 >> (w.nbits%8));
		w.nbits++;
	}
}

BitWriter.bytes(w: self ref BitWriter): array of byte
{
	return w.buf[0:(w.nbits+7)/8];
}

# literal: 0 + 8 bits; reference: 1 + 8 bits distance + 8 bits length
pack(toks: list of ref Token): array of byte
{
	w := ref BitWriter(array[16] of {* => byte 0}, 0);
	for(; toks != nil; toks = tl toks)
		pick t := hd toks {
		Lit =>
			w.put(0, 1);
			w.put(int t.c, 8);
		Ref =>
			w.put(1, 1);
			w.put(t.dist, 8);
			w.put(t.length, 8);
		}
	return w.bytes();
}

decode(toks: list of ref Token): array of byte
{
	out := array[1024] of byte;
	n := 0;
	for(; toks != nil; toks = tl toks)
		pick t := hd toks {
		Lit =>
			out[n++] = t.c;
		Ref =>
			for(i := 0; i < t.length; i++){	# overlapping copies are fine byte by byte
				out[n] = out[n - t.dist];
				n++;
			}
		}
	return out[0:n];
}

describe(toks: list of ref Token): string
{
	s := "";
	for(; toks != nil; toks = tl toks)
		pick t := hd toks {
		Lit =>	s[len s] = int t.c;
		Ref =>	s += sys->sprint("<%d,%d>", t.dist, t.length);
		}
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inputs := array[] of {
		"abcabcabcabcabcX",
		"to be or not to be, that is the question; to be is to do",
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
		"no repeats here!",
	};
	for(i := 0; i < len inputs; i++){
		data := array of byte inputs[i];
		toks := (ref Encoder(data, 0)).run();
		packed := pack(toks);
		back := decode(toks);
		ok := "ok";
		if(string back != inputs[i])
			ok = "MISMATCH";
		sys->print("in  %d bytes: %s\n", len data, inputs[i]);
		sys->print("out %d tokens, %d bytes (%d%%) %s\n", len toks, len packed,
			100 * len packed / len data, ok);
		sys->print("    %s\n", describe(toks));
		h := 0;
		for(j := 0; j < len packed; j++)
			h = (h * 33 + int packed[j]) & 16rFFFFFF;
		sys->print("    checksum %.6ux\n", h);
	}
}
