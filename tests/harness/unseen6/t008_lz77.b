implement Lz77;

include "sys.m";
	sys: Sys;
include "draw.m";

Lz77: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

WINDOW: con 64;
MINMATCH: con 3;
MAXMATCH: con 18;

Token: adt {
	pick {
	Lit =>
		b: byte;
	Ref =>
		dist: int;
		length: int;
	}
};

compress(data: array of byte): list of ref Token
{
	toks: list of ref Token;
	i := 0;
	while(i < len data){
		bestlen := 0;
		bestdist := 0;
		start := i - WINDOW;
		if(start < 0)
			start = 0;
		for(j := start; j < i; j++){
			k := 0;
			while(k < MAXMATCH && i+k < len data && data[j+k] == data[i+k])
				k++;
			if(k > bestlen){
				bestlen = k;
				bestdist = i - j;
			}
		}
		if(bestlen >= MINMATCH){
			toks = ref Token.Ref(bestdist, bestlen) :: toks;
			i += bestlen;
		}else{
			toks = ref Token.Lit(data[i]) :: toks;
			i++;
		}
	}
	r: list of ref Token;
	for(; toks != nil; toks = tl toks)
		r = hd toks :: r;
	return r;
}

# pack: flag byte per 8 tokens; literal = 1 byte; ref = 2 bytes (6 bit dist-1, 4 bit len-3 -> 10 bits)
pack(toks: list of ref Token): array of byte
{
	out := array[0] of byte;
	buf := array[1024] of byte;
	n := 0;
	while(toks != nil){
		flagpos := n++;
		flags := 0;
		for(bitn := 0; bitn < 8 && toks != nil; bitn++){
			pick t := hd toks {
			Lit =>
				buf[n++] = t.b;
			Ref =>
				flags |= 1 << bitn;
				v := ((t.dist-1) << 4) | (t.length - MINMATCH);
				buf[n++] = byte (v >> 8);
				buf[n++] = byte v;
			}
			toks = tl toks;
		}
		buf[flagpos] = byte flags;
	}
	out = buf[0:n];
	return out;
}

unpack(p: array of byte): array of byte
{
	out := array[4096] of byte;
	n := 0;
	i := 0;
	while(i < len p){
		flags := int p[i++];
		for(bitn := 0; bitn < 8 && i < len p; bitn++){
			if(flags & (1 << bitn)){
				v := (int p[i] << 8) | int p[i+1];
				i += 2;
				dist := (v >> 4) + 1;
				length := (v & 15) + MINMATCH;
				for(k := 0; k < length; k++){
					out[n] = out[n-dist];
					n++;
				}
			}else
				out[n++] = p[i++];
		}
	}
	return out[0:n];
}

show(toks: list of ref Token): string
{
	s := "";
	c := 0;
	for(; toks != nil && c < 12; toks = tl toks){
		pick t := hd toks {
		Lit => s += sys->sprint("'%c' ", int t.b);
		Ref => s += sys->sprint("<%d,%d> ", t.dist, t.length);
		}
		c++;
	}
	return s;
}

inputs := array[] of {
	"abcabcabcabcabcabc",
	"the rain in spain falls mainly on the plain",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
	"no repeats here!",
	"to be or not to be, that is the question; to be or not to be",
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	totin := 0;
	totout := 0;
	for(i := 0; i < len inputs; i++){
		d := array of byte inputs[i];
		toks := compress(d);
		p := pack(toks);
		u := unpack(p);
		ok := string u == inputs[i];
		ntok := len toks;
		sys->print("%d: in=%d tokens=%d packed=%d ratio=%.2f roundtrip=%d\n",
			i, len d, ntok, len p, real len p / real len d, ok);
		sys->print("   %s\n", show(toks));
		totin += len d;
		totout += len p;
	}
	sys->print("total %d -> %d (%.1f%%)\n", totin, totout, 100.0 * real totout / real totin);
}
