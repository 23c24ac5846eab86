implement RlePack;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

RlePack: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

PACKED: con "/tmp/r_rlepack.bin";
MAGIC: con "RLE1";

# PackBits-style encoding:
#   0..127   n+1 literal bytes follow
#   129..255 repeat the next byte 257-n times
#   128      end of data
encode(in, out: ref Iobuf): int
{
	lit := array[128] of byte;
	nlit := 0;
	nout := 0;
	c := in.getb();
	while(c != Bufio->EOF){
		run := 1;
		d: int;
		while((d = in.getb()) == c && run < 128)
			run++;
		if(run >= 3){
			if(nlit > 0){
				out.putb(byte (nlit-1));
				out.write(lit, nlit);
				nout += nlit + 1;
				nlit = 0;
			}
			out.putb(byte (257-run));
			out.putb(byte c);
			nout += 2;
		}else{
			for(i := 0; i < run; i++){
				lit[nlit++] = byte c;
				if(nlit == len lit){
					out.putb(byte 127);
					out.write(lit, nlit);
					nout += nlit + 1;
					nlit = 0;
				}
			}
		}
		c = d;
	}
	if(nlit > 0){
		out.putb(byte (nlit-1));
		out.write(lit, nlit);
		nout += nlit + 1;
	}
	out.putb(byte 128);
	return nout + 1;
}

decode(in: ref Iobuf): (array of byte, string)
{
	buf := array[0] of byte;
	n := 0;
	for(;;){
		k := in.getb();
		if(k == Bufio->EOF)
			return (nil, "truncated");
		if(k == 128)
			break;
		m := k + 1;
		if(k > 128)
			m = 257 - k;
		if(n + m > len buf)
			buf = (array[2*len buf + m] of byte)[0:] = buf[0:n];
		if(k < 128){
			if(in.read(buf[n:], m) != m)
				return (nil, "short literal");
		}else{
			b := in.getb();
			for(i := 0; i < m; i++)
				buf[n+i] = byte b;
		}
		n += m;
	}
	return (buf[0:n], nil);
}

hexdump(b: array of byte, max: int)
{
	for(i := 0; i < len b && i < max; i += 16){
		s := sys->sprint("%.4x ", i);
		for(j := i; j < i+16 && j < len b; j++)
			s += sys->sprint(" %.2x", int b[j]);
		sys->print("%s\n", s);
	}
}

roundtrip(name: string, data: array of byte)
{
	out := bufio->create(PACKED, Bufio->OWRITE, 8r644);
	out.puts(MAGIC);
	n := encode(bufio->aopen(data), out);
	out.close();

	in := bufio->open(PACKED, Bufio->OREAD);
	hdr := array[len MAGIC] of byte;
	in.read(hdr, len hdr);
	if(string hdr != MAGIC){
		sys->fprint(sys->fildes(2), "%s: bad magic\n", name);
		return;
	}
	(back, err) := decode(in);
	in.close();
	if(err != nil){
		sys->fprint(sys->fildes(2), "%s: decode: %s\n", name, err);
		return;
	}
	same := len back == len data;
	for(i := 0; same && i < len data; i++)
		same = back[i] == data[i];
	verdict := "ok";
	if(!same)
		verdict = "FAILED";
	sys->print("%-8s %4d -> %4d bytes (%3d%%) round trip %s\n",
		name, len data, n, n*100/len data, verdict);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;

	text := array of byte "Limbo is a programming language for Inferno.";
	runs := array[300] of byte;
	for(i := 0; i < len runs; i++)
		runs[i] = byte ("aaaaaaaaaabbbbbccccccccccccccd"[i % 30]);
	zeros := array[1000] of {* => byte 0};
	mixed := array[200] of byte;
	for(i = 0; i < len mixed; i++)
		if(i % 50 < 25)
			mixed[i] = byte 16rff;
		else
			mixed[i] = byte (i * 7);
	roundtrip("text", text);
	roundtrip("runs", runs);
	roundtrip("zeros", zeros);
	roundtrip("mixed", mixed);

	# look at the encoded form of a small sample
	out := bufio->create(PACKED, Bufio->OWRITE, 8r644);
	encode(bufio->aopen(array of byte "xyyyyyyzzab"), out);
	out.close();
	fd := sys->open(PACKED, Sys->OREAD);
	buf := array[64] of byte;
	n := sys->read(fd, buf, len buf);
	hexdump(buf[0:n], 64);

	# a damaged file
	(nil, err) := decode(bufio->aopen(buf[0:n-2]));
	sys->print("truncated input: %s\n", err);
	sys->remove(PACKED);
}
