implement Binfile;

include "sys.m";
	sys: Sys;
include "draw.m";

Binfile: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

FILE: con "/tmp/i19_binfile_records.dat";
MAGIC: con 16r53454E53;	# "SENS"
VERSION: con 2;

Reading: adt {
	id:	int;
	temp:	int;	# tenths of a degree, signed 16 bits
	count:	big;	# 64-bit counter
	label:	string;
};

Writer: adt {
	buf:	array of byte;
	n:	int;

	grow:	fn(w: self ref Writer, k: int);
	u8:	fn(w: self ref Writer, v: int);
	u16:	fn(w: self ref Writer, v: int);
	u32:	fn(w: self ref Writer, v: int);
	u64:	fn(w: self ref Writer, v: big);
	str:	fn(w: self ref Writer, s: string);
};

Writer.grow(w: self ref Writer, k: int)
{
	if(w.n + k <= len w.buf)
		return;
	nb := array[2*len w.buf + k] of byte;
	nb[0:] = w.buf[0:w.n];
	w.buf = nb;
}

Writer.u8(w: self ref Writer, v: int)
{
	w.grow(1);
	w.buf[w.n++] = byte v;
}

Writer.u16(w: self ref Writer, v: int)
{
	w.u8(v >> 8);
	w.u8(v);
}

Writer.u32(w: self ref Writer, v: int)
{
	w.u16(v >> 16);
	w.u16(v);
}

Writer.u64(w: self ref Writer, v: big)
{
	w.u32(int (v >> 32));
	w.u32(int v);
}

Writer.str(w: self ref Writer, s: string)
{
	b := array of byte s;
	w.u16(len b);
	w.grow(len b);
	w.buf[w.n:] = b;
	w.n += len b;
}

Reader: adt {
	buf:	array of byte;
	off:	int;

	need:	fn(r: self ref Reader, k: int);
	u8:	fn(r: self ref Reader): int;
	u16:	fn(r: self ref Reader): int;
	s16:	fn(r: self ref Reader): int;
	u32:	fn(r: self ref Reader): int;
	u64:	fn(r: self ref Reader): big;
	str:	fn(r: self ref Reader): string;
};

Reader.need(r: self ref Reader, k: int)
{
	if(r.off + k > len r.buf)
		raise sys->sprint("short:need %d bytes at offset %d, have %d", k, r.off, len r.buf - r.off);
}

Reader.u8(r: self ref Reader): int
{
	r.need(1);
	return int r.buf[r.off++];
}

Reader.u16(r: self ref Reader): int
{
	v := r.u8() << 8;
	return v | r.u8();
}

Reader.s16(r: self ref Reader): int
{
	v := r.u16();
	if(v & 16r8000)
		v -= 16r10000;
	return v;
}

Reader.u32(r: self ref Reader): int
{
	v := r.u16() << 16;
	return v | r.u16();
}

Reader.u64(r: self ref Reader): big
{
	hi := big r.u32();
	lo := big r.u32() & big 16rFFFFFFFF;
	return (hi << 32) | lo;
}

Reader.str(r: self ref Reader): string
{
	n := r.u16();
	r.need(n);
	s := string r.buf[r.off:r.off+n];
	r.off += n;
	return s;
}

encode(rs: array of Reading): array of byte
{
	w := ref Writer(array[16] of byte, 0);
	w.u32(MAGIC);
	w.u16(VERSION);
	w.u16(len rs);
	for(i := 0; i < len rs; i++){
		w.u32(rs[i].id);
		w.u16(rs[i].temp);
		w.u64(rs[i].count);
		w.str(rs[i].label);
	}
	sum := 0;
	for(i = 0; i < w.n; i++)
		sum = (sum + int w.buf[i]) & 16rFFFF;
	w.u16(sum);
	return w.buf[0:w.n];
}

decode(b: array of byte): array of Reading
{
	r := ref Reader(b, 0);
	if(r.u32() != MAGIC)
		raise "format:bad magic";
	v := r.u16();
	if(v != VERSION)
		raise "format:unsupported version " + string v;
	n := r.u16();
	rs := array[n] of Reading;
	for(i := 0; i < n; i++){
		rs[i].id = r.u32();
		rs[i].temp = r.s16();
		rs[i].count = r.u64();
		rs[i].label = r.str();
	}
	sum := 0;
	for(i = 0; i < r.off; i++)
		sum = (sum + int b[i]) & 16rFFFF;
	if(r.u16() != sum)
		raise "format:checksum mismatch";
	if(r.off != len b)
		raise sys->sprint("format:%d trailing bytes", len b - r.off);
	return rs;
}

hexdump(b: array of byte, n: int)
{
	if(n > len b)
		n = len b;
	for(i := 0; i < n; i += 16){
		sys->print("  %04x ", i);
		for(j := i; j < i+16 && j < n; j++)
			sys->print(" %02x", int b[j]);
		sys->print("\n");
	}
}

writefile(b: array of byte)
{
	fd := sys->create(FILE, Sys->OWRITE, 8r600);
	sys->write(fd, b, len b);
}

readfile(): array of byte
{
	(ok, d) := sys->stat(FILE);
	if(ok < 0)
		return nil;
	fd := sys->open(FILE, Sys->OREAD);
	b := array[int d.length] of byte;
	n := sys->read(fd, b, len b);
	return b[0:n];
}

tryload(what: string)
{
	{
		rs := decode(readfile());
		sys->print("%s: %d records\n", what, len rs);
		for(i := 0; i < len rs; i++)
			sys->print("  id %-6d temp %6s count %20bd label %q\n", rs[i].id,
				tenths(rs[i].temp), rs[i].count, rs[i].label);
	} exception e {
	"short:*" or "format:*" =>
		sys->print("%s: rejected: %s\n", what, e);
	}
}

tenths(x: int): string
{
	sign := "";
	if(x < 0){
		sign = "-";
		x = -x;
	}
	return sys->sprint("%s%d.%d", sign, x/10, x%10);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	rs := array[] of {
		Reading(1, 215, big 0, "kitchen"),
		Reading(42, -7, big 1 << 40, "freezer"),
		Reading(65535, 1000, big 16r7FFFFFFFFFFFFFFF, "oven"),
		Reading(16r7FFFFFFF, -32768, big -1, "ünïcödé"),
	};
	b := encode(rs);
	sys->print("encoded %d bytes\n", len b);
	hexdump(b, 48);
	writefile(b);
	tryload("intact");

	writefile(b[0:len b - 9]);
	tryload("truncated");

	c := array[len b] of byte;
	c[0:] = b;
	c[20] ^= byte 1;
	writefile(c);
	tryload("corrupted");

	c[0:] = b;
	c[5] = byte 3;
	writefile(c);
	tryload("wrong version");

	d := array[len b + 3] of byte;
	d[0:] = b;
	writefile(d);
	tryload("padded");

	sys->remove(FILE);
	(ok, nil) := sys->stat(FILE);
	sys->print("cleanup %s\n", (array[] of {"failed", "ok"})[ok < 0]);
}
