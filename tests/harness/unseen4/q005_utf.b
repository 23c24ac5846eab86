implement Utf;

include "sys.m";
	sys: Sys;
include "draw.m";

Utf: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "añ€𝄞z";
	sys->print("len string %d\n", len s);
	for(i := 0; i < len s; i++)
		sys->print("char %d = %ux\n", i, s[i]);
	b := array of byte s;
	sys->print("len bytes %d, utfbytes %d\n", len b, sys->utfbytes(b, len b));
	for(i = 0; i < len b; i++)
		sys->print("%.2x ", int b[i]);
	sys->print("\n");
	off := 0;
	while(off < len b){
		(c, n, ok) := sys->byte2char(b, off);
		sys->print("byte2char off %d -> %ux n=%d ok=%d\n", off, c, n, ok);
		off += n;
	}
	# truncated sequence
	t := b[0:4];
	sys->print("utfbytes of truncated: %d\n", sys->utfbytes(t, len t));
	(c, n, ok) := sys->byte2char(t, 3);
	sys->print("partial: %ux %d %d\n", c, n, ok);
	bad := array[] of {byte 16rff, byte 'x'};
	(c, n, ok) = sys->byte2char(bad, 0);
	sys->print("bad: %ux %d %d\n", c, n, ok);
	buf := array[8] of byte;
	chars := array[] of {'A', 16r3b1, 16r20ac, 16r1f600};
	for(i = 0; i < len chars; i++){
		k := sys->char2byte(chars[i], buf, 0);
		sys->print("char2byte %ux -> %d:", chars[i], k);
		for(j := 0; j < k; j++)
			sys->print(" %.2ux", int buf[j]);
		sys->print("\n");
	}
	sys->print("back to string: %s\n", string b[1:6]);
}
