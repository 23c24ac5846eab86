implement Strings;

include "sys.m";
	sys: Sys;
include "draw.m";

Strings: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

MINLEN: con 4;
FILE: con "/tmp/v013_bin";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	buf := array[300] of byte;
	# fill with a deterministic pseudo-binary pattern and embed text
	x := 7;
	for(i := 0; i < len buf; i++){
		x = (x*1103 + 17) % 251;
		b := x % 32;
		if(b == 9 || b == 10)
			b = 1;
		buf[i] = byte b;
	}
	put(buf, 10, "Hello Inferno");
	put(buf, 40, "abc");
	put(buf, 60, "/dis/lib/bufio.dis");
	put(buf, 100, "tab\there");
	put(buf, 150, "déjà vu");
	put(buf, 290, "tail");
	fd := sys->create(FILE, Sys->ORDWR, 8r644);
	if(fd == nil){
		sys->fprint(sys->fildes(2), "strings: create: %r\n");
		raise "fail:create";
	}
	sys->write(fd, buf, len buf);
	sys->seek(fd, big 0, Sys->SEEKSTART);
	strings(fd);
	fd = nil;
	sys->remove(FILE);
}

put(buf: array of byte, off: int, s: string)
{
	b := array of byte s;
	buf[off:] = b;
}

strings(fd: ref Sys->FD)
{
	buf := array[64] of byte;
	cur := array[0] of byte;
	start := 0;
	off := 0;
	found := 0;
	while((n := sys->read(fd, buf, len buf)) > 0){
		for(i := 0; i < n; i++){
			c := int buf[i];
			if(c >= 16r20 && c < 16r7f || c == '\t' || c >= 16r80){
				if(len cur == 0)
					start = off;
				nc := array[len cur + 1] of byte;
				nc[0:] = cur;
				nc[len cur] = buf[i];
				cur = nc;
			}else{
				found += flush(start, cur);
				cur = array[0] of byte;
			}
			off++;
		}
	}
	found += flush(start, cur);
	sys->print("%d strings in %d bytes\n", found, off);
}

flush(start: int, b: array of byte): int
{
	s := string b;
	if(len s < MINLEN)
		return 0;
	sys->print("%6d %s\n", start, s);
	return 1;
}
