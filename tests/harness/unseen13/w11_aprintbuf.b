implement AprintBuf;

include "sys.m";
	sys: Sys;
include "draw.m";

AprintBuf: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# a growable byte buffer filled with aprint
Buf: adt {
	data:	array of byte;
	n:	int;
	add:	fn(b: self ref Buf, a: array of byte);
};

Buf.add(b: self ref Buf, a: array of byte)
{
	if(b.n + len a > len b.data){
		nd := array[2*(b.n + len a)] of byte;
		nd[0:] = b.data[0:b.n];
		b.data = nd;
	}
	b.data[b.n:] = a;
	b.n += len a;
}

hexdump(a: array of byte)
{
	for(i := 0; i < len a; i += 8){
		sys->print("%04x ", i);
		for(j := i; j < i+8; j++)
			if(j < len a)
				sys->print(" %02x", int a[j]);
			else
				sys->print("   ");
		sys->print("  ");
		for(j = i; j < i+8 && j < len a; j++){
			c := int a[j];
			if(c < 16r20 || c >= 16r7f)
				c = '.';
			sys->print("%c", c);
		}
		sys->print("\n");
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b := ref Buf(array[4] of byte, 0);
	items := array[] of {("apples", 3, 0.5), ("pears", 12, 0.25), ("figs", 100, 1.125)};
	for(i := 0; i < len items; i++){
		(name, qty, price) := items[i];
		b.add(sys->aprint("%-7s%4d @%.3f\n", name, qty, price));
	}
	b.add(sys->aprint("%c%c\n", 16re9, 16r263a));
	sys->print("buffer: %d bytes, capacity %d\n", b.n, len b.data);
	sys->print("%s", string b.data[0:b.n]);
	a := sys->aprint("%c", 16r263a);
	sys->print("aprint of one rune: %d bytes\n", len a);
	hexdump(b.data[b.n-12:b.n]);

	# aprint vs sprint agree
	s := sys->sprint("x=%d y=%x z=%s", 10, 255, "zz");
	ab := sys->aprint("x=%d y=%x z=%s", 10, 255, "zz");
	if(string ab == s)
		sys->print("aprint and sprint agree: %s\n", s);
	empty := sys->aprint("");
	sys->print("empty aprint length %d\n", len empty);

	# write the whole buffer to a file and compare sizes
	path := "/tmp/w_11buf";
	fd := sys->create(path, Sys->OWRITE, 8r644);
	w := sys->write(fd, b.data, b.n);
	fd = nil;
	(nil, d) := sys->stat(path);
	sys->print("wrote %d, file length %bd\n", w, d.length);
	sys->remove(path);
}
