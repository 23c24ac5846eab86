implement Fileio;

include "sys.m";
	sys: Sys;
	OREAD, OWRITE, ORDWR: import Sys;
include "draw.m";

Fileio: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

TMP: con "/tmp/u_fileio.txt";

fail(msg: string)
{
	sys->fprint(sys->fildes(2), "fileio: %s: %r\n", msg);
	raise "fail:" + msg;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(TMP, OWRITE, 8r644);
	if(fd == nil)
		fail("create");
	for(i := 1; i <= 12; i++)
		sys->fprint(fd, "line %02d: %s\n", i, "abcdefghijkl"[0:i]);
	fd = nil;

	(ok, d) := sys->stat(TMP);
	if(ok < 0)
		fail("stat");
	sys->print("name %s length %bd mode %uo\n", d.name, d.length, d.mode & 8r777);

	fd = sys->open(TMP, OREAD);
	if(fd == nil)
		fail("open");
	buf := array[32] of byte;
	nread := 0;
	nl := 0;
	for(;;){
		n := sys->read(fd, buf, len buf);
		if(n <= 0)
			break;
		nread += n;
		for(j := 0; j < n; j++)
			if(buf[j] == byte '\n')
				nl++;
	}
	sys->print("read %d bytes, %d lines\n", nread, nl);

	off := sys->seek(fd, big 9*big 5, Sys->SEEKSTART);
	n := sys->read(fd, buf, 20);
	sys->print("at %bd: %q\n", off, string buf[0:n]);

	fd = sys->open(TMP, ORDWR);
	sys->seek(fd, big 0, Sys->SEEKEND);
	sys->write(fd, array of byte "tail\n", 5);
	(nil, d) = sys->fstat(fd);
	sys->print("after append: %bd\n", d.length);
	fd = nil;
	if(sys->remove(TMP) < 0)
		fail("remove");
	if(sys->open(TMP, OREAD) == nil)
		sys->print("removed ok\n");
}
