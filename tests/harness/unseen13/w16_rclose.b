implement RClose;

include "sys.m";
	sys: Sys;
include "draw.m";

RClose: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

exists(p: string): string
{
	(ok, nil) := sys->stat(p);
	if(ok < 0)
		return "gone";
	return "present";
}

scratch(name: string, lines: int): int
{
	fd := sys->create(name, Sys->ORDWR|Sys->ORCLOSE, 8r600);
	if(fd == nil){
		sys->print("create %s: %r\n", name);
		return -1;
	}
	for(i := 0; i < lines; i++)
		sys->fprint(fd, "scratch line %d\n", i);
	sys->seek(fd, big 0, Sys->SEEKSTART);
	buf := array[4096] of byte;
	n := sys->readn(fd, buf, len buf);
	sys->print("%s while open: %s, %d bytes\n", name, exists(name), n);
	return n;
	# fd goes out of scope here and the file is removed
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := "/tmp/w_16a";
	b := "/tmp/w_16b";
	n := scratch(a, 5);
	sys->print("%s after return: %s (%d)\n", a, exists(a), n);

	fd := sys->create(b, Sys->OWRITE|Sys->ORCLOSE, 8r600);
	sys->fprint(fd, "keep me?\n");
	copy := fd;
	fd = nil;
	sys->print("%s with one ref left: %s\n", b, exists(b));
	copy = nil;
	sys->print("%s with no refs: %s\n", b, exists(b));

	# a dup'd fd number keeps the channel open
	fd = sys->create(b, Sys->OWRITE|Sys->ORCLOSE, 8r600);
	nfd := sys->dup(fd.fd, -1);
	fd = nil;
	sys->print("%s while dup %d exists: %s\n", b, nfd > 2, exists(b));
	f2 := sys->fildes(nfd);
	sys->dup(-1, nfd);
	f2 = nil;
	sys->print("%s after dup(-1, fd): %s\n", b, exists(b));
	if(sys->remove(b) == 0)
		sys->print("%s removed by hand: %s\n", b, exists(b));

	# OTRUNC on reopen of a normal file
	c := "/tmp/w_16c";
	fd = sys->create(c, Sys->OWRITE, 8r644);
	sys->fprint(fd, "0123456789");
	fd = nil;
	fd = sys->open(c, Sys->OWRITE|Sys->OTRUNC);
	(nil, d) := sys->fstat(fd);
	sys->print("after OTRUNC open length %bd\n", d.length);
	sys->fprint(fd, "ab");
	fd = nil;
	(nil, d) = sys->stat(c);
	sys->print("final length %bd\n", d.length);
	sys->remove(c);
}
