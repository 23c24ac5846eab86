implement SysIo;
include "sys.m";
	sys: Sys;
include "draw.m";
SysIo: module { init: fn(nil: ref Draw->Context, args: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->pctl(Sys->NEWPGRP, nil);
	stdout := sys->fildes(1);
	b := sys->aprint("hello %d\n", 42);
	n := sys->write(stdout, b, len b);
	sys->print("wrote %d\n", n);
	path := "/tmp/disbridge-sysio-" + string sys->pctl(0, nil);
	fd := sys->create(path, Sys->OWRITE, 8r644);
	if(fd == nil)
		raise "fail:create: " + sys->sprint("%r");
	sys->fprint(fd, "line one\nline two\n");
	fd = nil;
	fd = sys->open(path, Sys->OREAD);
	buf := array[100] of byte;
	n = sys->read(fd, buf, len buf);
	sys->print("read %d: %s", n, string buf[0:n]);
	sys->seek(fd, big 5, Sys->SEEKSTART);
	n = sys->read(fd, buf, 3);
	sys->print("at 5: %s\n", string buf[0:n]);
	sys->remove(path);
	if(sys->open(path, Sys->OREAD) == nil)
		sys->print("gone: %r\n");
	u := array of byte "aé";
	sys->print("utfbytes %d %d\n", sys->utfbytes(u, 2), sys->utfbytes(u, 3));
	(c, w, ok) := sys->byte2char(u, 1);
	sys->print("%d %d %d\n", c, w, ok);
	(c, w, ok) = sys->byte2char(u[0:2], 1);
	sys->print("%d %d %d\n", c, w, ok);
	(c, w, ok) = sys->byte2char(array[] of {byte 16rff}, 0);
	sys->print("%d %d %d\n", c, w, ok);
	x := array[4] of byte;
	sys->print("c2b %d %d\n", sys->char2byte(16r263a, x, 0), sys->char2byte('a', x, 3));
	sys->print("%s\n", string x[0:3]);
	(nt, l) := sys->tokenize("  a,b,,c ", ", ");
	sys->print("%d", nt);
	for(; l != nil; l = tl l)
		sys->print(" [%s]", hd l);
	sys->print("\n");
}
