implement Tlv;

include "sys.m";
	sys: Sys;
include "draw.m";

Tlv: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

# type-length-value records: 1 byte type, 2 byte signed big-endian length, value bytes

TSTR, TINT, TLIST, TBYTES: con 1 + iota;

Rec: adt {
	t:	int;
	val:	array of byte;
};

Enc: adt {
	buf:	array of byte;
	n:	int;

	put:	fn(e: self ref Enc, t: int, v: array of byte);
	bytes:	fn(e: self ref Enc): array of byte;
};

Enc.put(e: self ref Enc, t: int, v: array of byte)
{
	need := e.n + 3 + len v;
	if(need > len e.buf){
		nb := array[2*need] of byte;
		nb[0:] = e.buf[0:e.n];
		e.buf = nb;
	}
	e.buf[e.n++] = byte t;
	e.buf[e.n++] = byte (len v >> 8);
	e.buf[e.n++] = byte len v;
	e.buf[e.n:] = v;
	e.n += len v;
}

Enc.bytes(e: self ref Enc): array of byte
{
	return e.buf[0:e.n];
}

int32(v: int): array of byte
{
	return array[] of {byte (v>>24), byte (v>>16), byte (v>>8), byte v};
}

decode(b: array of byte): list of ref Rec
{
	r: list of ref Rec;
	i := 0;
	while(i < len b){
		t := int b[i];
		l := (int b[i+1] << 8) | int b[i+2];
		if(l & 16r8000)
			l |= ~16rffff;	# sign-extend: negative lengths are "reserved"
		i += 3;
		v := array[l] of byte;
		v[0:] = b[i:i+l];
		i += l;
		r = ref Rec(t, v) :: r;
	}
	rr: list of ref Rec;
	for(; r != nil; r = tl r)
		rr = hd r :: rr;
	return rr;
}

show(recs: list of ref Rec)
{
	for(; recs != nil; recs = tl recs){
		rec := hd recs;
		case rec.t {
		TSTR =>
			sys->print("  str   %q\n", string rec.val);
		TINT =>
			v := (int rec.val[0] << 24) | (int rec.val[1] << 16) | (int rec.val[2] << 8) | int rec.val[3];
			sys->print("  int   %d\n", v);
		TLIST =>
			sys->print("  list  (%d bytes)\n", len rec.val);
			show(decode(rec.val));
		* =>
			s := "";
			for(k := 0; k < len rec.val; k++)
				s += sys->sprint("%.2x", int rec.val[k]);
			sys->print("  type%d %s\n", rec.t, s);
		}
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inner := ref Enc(array[4] of byte, 0);
	inner.put(TINT, int32(-2));
	inner.put(TSTR, array of byte "nested ✓");
	e := ref Enc(array[8] of byte, 0);
	e.put(TSTR, array of byte "hello");
	e.put(TINT, int32(16r12345678));
	e.put(TLIST, inner.bytes());
	e.put(TBYTES, array[] of {byte 16rde, byte 16rad, byte 16rbe, byte 16ref});
	msg := e.bytes();
	sys->print("encoded %d bytes\n", len msg);
	show(decode(msg));
	# a corrupted length field in the second record
	bad := array[len msg] of byte;
	bad[0:] = msg;
	bad[9] = byte 16rff;
	bad[10] = byte 16rfe;
	sys->print("decoding corrupted message\n");
	show(decode(bad));
	sys->print("not reached\n");
}
