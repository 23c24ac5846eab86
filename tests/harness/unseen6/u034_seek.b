implement Seek;

include "sys.m";
	sys: Sys;
include "draw.m";

Seek: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

F: con "/tmp/u034-sparse";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(F, Sys->ORDWR, 8r644);
	sys->write(fd, array of byte "head", 4);
	off := sys->seek(fd, big 20, Sys->SEEKSTART);
	sys->print("seek to 20 -> %bd\n", off);
	(nil, d) := sys->fstat(fd);
	sys->print("length before write: %bd\n", d.length);
	sys->write(fd, array of byte "tail", 4);
	(nil, d) = sys->fstat(fd);
	sys->print("length after write: %bd\n", d.length);
	sys->seek(fd, big 0, Sys->SEEKSTART);
	buf := array[64] of byte;
	n := sys->read(fd, buf, len buf);
	sys->print("read back %d bytes:", n);
	for(i := 0; i < n; i++){
		c := int buf[i];
		if(c == 0)
			sys->print(" .");
		else
			sys->print(" %c", c);
	}
	sys->print("\n");
	off = sys->seek(fd, big -3, Sys->SEEKEND);
	sys->print("seek -3 from end -> %bd\n", off);
	n = sys->read(fd, buf, len buf);
	sys->print("read %d: %s\n", n, string buf[0:n]);
	n = sys->read(fd, buf, len buf);
	sys->print("read at eof: %d\n", n);
	off = sys->seek(fd, big 100, Sys->SEEKEND);
	sys->print("seek +100 from end -> %bd\n", off);
	n = sys->read(fd, buf, len buf);
	sys->print("read past end: %d\n", n);
	off = sys->seek(fd, big -2, Sys->SEEKRELA);
	sys->print("relative -2 -> %bd\n", off);
	sys->werrstr("");
	off = sys->seek(fd, big -500, Sys->SEEKSTART);
	sys->print("seek to negative -> %bd (%r)\n", off);
	n = sys->pwrite(fd, array of byte "MID", 3, big 8);
	sys->print("pwrite at 8: %d\n", n);
	n = sys->pread(fd, buf, 6, big 6);
	sys->print("pread 6 at 6: %d [", n);
	for(i = 0; i < n; i++)
		if(buf[i] == byte 0)
			sys->print("_");
		else
			sys->print("%c", int buf[i]);
	sys->print("]\n");
	(nil, d) = sys->fstat(fd);
	sys->print("final length: %bd\n", d.length);
	fd = nil;
	sys->print("removed: %d\n", sys->remove(F));
}
