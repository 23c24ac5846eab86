implement AdtErrConUnqualified;

include "sys.m";
	sys: Sys;
include "draw.m";

AdtErrConUnqualified: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Buf: adt {
	Size: con 8;
	Name: con "buf";
	data: array of byte;
	n: int;

	new: fn(): ref Buf;
	put: fn(b: self ref Buf, c: byte): int;
};

Buf.new(): ref Buf
{
	return ref Buf(array[Buf.Size] of byte, 0);
}

Buf.put(b: self ref Buf, c: byte): int
{
	if(b.n >= Size)
		return -1;
	b.data[b.n++] = c;
	return b.n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b := Buf.new();
	r := 0;
	for(i := 0; i < 10; i++)
		r = b.put(byte ('a' + i));
	sys->print("%s size %d n %d last %d data %s\n", Buf.Name, Buf.Size, b.n, r, string b.data);
	sys->print("via value %d %s\n", b.Size, b.Name);
}
