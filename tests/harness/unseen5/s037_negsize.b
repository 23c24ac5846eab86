implement NegSize;

include "sys.m";
	sys: Sys;
include "draw.m";

NegSize: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# split a buffer into a header of hlen bytes and a body
split(buf: array of byte, hlen: int): (array of byte, array of byte)
{
	body := array[len buf - hlen] of byte;
	body[0:] = buf[hlen:];
	hdr := array[hlen] of byte;
	hdr[0:] = buf[0:hlen];
	return (hdr, body);
}

show(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i++)
		s += sys->sprint("%.2ux", int b[i]);
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	packet := array of byte "HDR:payload-data";
	lens := array[] of {4, 0, 16, 20};
	for(i := 0; i < len lens; i++){
		sys->print("split at %d\n", lens[i]);
		(h, b) := split(packet, lens[i]);
		sys->print("  header %d bytes [%s] body %d bytes [%s]\n", len h, show(h), len b, string b);
	}
	sys->print("not reached\n");
}
