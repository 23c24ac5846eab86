implement Styxmsg;

include "sys.m";
	sys: Sys;
include "draw.m";

Styxmsg: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Tversion, Rversion, Twalk, Rerror, Tread, Rread: con 100+iota;

Msg: adt {
	tag:	int;
	pick {
	Version =>
		msize:	int;
		version:	string;
	Walk =>
		fid, newfid:	int;
		names:	array of string;
	Error =>
		ename:	string;
	Read =>
		fid:	int;
		offset:	big;
		count:	int;
	Data =>
		data:	array of byte;
	}
	pack:	fn(m: self ref Msg): array of byte;
	text:	fn(m: self ref Msg): string;
};

Packer: adt {
	buf:	array of byte;
	n:	int;
	p8:	fn(p: self ref Packer, v: int);
	p16:	fn(p: self ref Packer, v: int);
	p32:	fn(p: self ref Packer, v: int);
	p64:	fn(p: self ref Packer, v: big);
	pstr:	fn(p: self ref Packer, s: string);
	pbytes:	fn(p: self ref Packer, b: array of byte);
	done:	fn(p: self ref Packer): array of byte;
};

grow(p: ref Packer, k: int)
{
	if(p.n + k > len p.buf){
		nb := array[2*(p.n+k)] of byte;
		nb[0:] = p.buf[0:p.n];
		p.buf = nb;
	}
}

Packer.p8(p: self ref Packer, v: int)
{
	grow(p, 1);
	p.buf[p.n++] = byte v;
}

# little-endian, as in 9P
Packer.p16(p: self ref Packer, v: int)
{
	p.p8(v);
	p.p8(v>>8);
}

Packer.p32(p: self ref Packer, v: int)
{
	p.p16(v);
	p.p16(v>>16);
}

Packer.p64(p: self ref Packer, v: big)
{
	p.p32(int v);
	p.p32(int (v>>32));
}

Packer.pstr(p: self ref Packer, s: string)
{
	p.pbytes(array of byte s);
}

Packer.pbytes(p: self ref Packer, b: array of byte)
{
	p.p16(len b);
	grow(p, len b);
	p.buf[p.n:] = b;
	p.n += len b;
}

Packer.done(p: self ref Packer): array of byte
{
	b := p.buf[0:p.n];
	# patch size
	b[0] = byte p.n;
	b[1] = byte (p.n>>8);
	b[2] = byte (p.n>>16);
	b[3] = byte (p.n>>24);
	return b;
}

Msg.pack(m: self ref Msg): array of byte
{
	p := ref Packer(array[8] of byte, 0);
	p.p32(0);
	pick x := m {
	Version =>
		p.p8(Tversion);
		p.p16(x.tag);
		p.p32(x.msize);
		p.pstr(x.version);
	Walk =>
		p.p8(Twalk);
		p.p16(x.tag);
		p.p32(x.fid);
		p.p32(x.newfid);
		p.p16(len x.names);
		for(i := 0; i < len x.names; i++)
			p.pstr(x.names[i]);
	Error =>
		p.p8(Rerror);
		p.p16(x.tag);
		p.pstr(x.ename);
	Read =>
		p.p8(Tread);
		p.p16(x.tag);
		p.p32(x.fid);
		p.p64(x.offset);
		p.p32(x.count);
	Data =>
		p.p8(Rread);
		p.p16(x.tag);
		p.p32(len x.data);
		grow(p, len x.data);
		p.buf[p.n:] = x.data;
		p.n += len x.data;
	}
	return p.done();
}

Msg.text(m: self ref Msg): string
{
	pick x := m {
	Version =>
		return sys->sprint("Tversion tag %d msize %d version %q", x.tag, x.msize, x.version);
	Walk =>
		s := sys->sprint("Twalk tag %d fid %d newfid %d", x.tag, x.fid, x.newfid);
		for(i := 0; i < len x.names; i++)
			s += " " + x.names[i];
		return s;
	Error =>
		return sys->sprint("Rerror tag %d ename %q", x.tag, x.ename);
	Read =>
		return sys->sprint("Tread tag %d fid %d offset %bd count %d", x.tag, x.fid, x.offset, x.count);
	Data =>
		return sys->sprint("Rread tag %d count %d %q", x.tag, len x.data, string x.data);
	}
	return nil;
}

Unpacker: adt {
	b:	array of byte;
	i:	int;
	g8:	fn(u: self ref Unpacker): int;
	g16:	fn(u: self ref Unpacker): int;
	g32:	fn(u: self ref Unpacker): int;
	g64:	fn(u: self ref Unpacker): big;
	gstr:	fn(u: self ref Unpacker): string;
};

Unpacker.g8(u: self ref Unpacker): int
{
	if(u.i >= len u.b)
		raise "fail:short message";
	return int u.b[u.i++];
}

Unpacker.g16(u: self ref Unpacker): int
{
	v := u.g8();
	return v | (u.g8()<<8);
}

Unpacker.g32(u: self ref Unpacker): int
{
	v := u.g16();
	return v | (u.g16()<<16);
}

Unpacker.g64(u: self ref Unpacker): big
{
	lo := big u.g32() & 16rFFFFFFFF;
	hi := big u.g32();
	return (hi<<32) | lo;
}

Unpacker.gstr(u: self ref Unpacker): string
{
	n := u.g16();
	if(u.i + n > len u.b)
		raise "fail:short string";
	s := string u.b[u.i:u.i+n];
	u.i += n;
	return s;
}

unpack(b: array of byte): ref Msg
{
	u := ref Unpacker(b, 0);
	size := u.g32();
	if(size != len b)
		raise "fail:size mismatch";
	typ := u.g8();
	tag := u.g16();
	case typ {
	Tversion =>
		msize := u.g32();
		return ref Msg.Version(tag, msize, u.gstr());
	Twalk =>
		fid := u.g32();
		newfid := u.g32();
		n := u.g16();
		names := array[n] of string;
		for(i := 0; i < n; i++)
			names[i] = u.gstr();
		return ref Msg.Walk(tag, fid, newfid, names);
	Rerror =>
		return ref Msg.Error(tag, u.gstr());
	Tread =>
		fid := u.g32();
		off := u.g64();
		return ref Msg.Read(tag, fid, off, u.g32());
	Rread =>
		n := u.g32();
		return ref Msg.Data(tag, b[u.i:u.i+n]);
	}
	raise "fail:unknown type " + string typ;
}

hex(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i++)
		s += sys->sprint("%.2x", int b[i]);
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	msgs := array[] of {
		ref Msg.Version(16rFFFF, 8192, "9P2000"),
		ref Msg.Walk(1, 0, 1, array[] of {"usr", "glenda", "lib"}),
		ref Msg.Error(2, "file does not exist"),
		ref Msg.Read(3, 1, big 16r123456789A, 512),
		ref Msg.Data(3, array of byte "hello, styx"),
	};
	for(i := 0; i < len msgs; i++){
		b := msgs[i].pack();
		sys->print("%s\n  %d bytes %s\n", msgs[i].text(), len b, hex(b));
		m := unpack(b);
		sys->print("  back: %s\n", m.text());
	}
	bad := msgs[1].pack();
	{
		unpack(bad[0:len bad - 2]);
	} exception e {
	"fail:*" =>
		sys->print("truncated: %s\n", e);
	}
	bad[4] = byte 99;
	{
		unpack(bad);
	} exception e {
	"fail:*" =>
		sys->print("bad type: %s\n", e);
	}
}
