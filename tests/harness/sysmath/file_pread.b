implement FilePread;
include "sys.m";
	sys: Sys;
include "draw.m";
FilePread: module { init: fn(nil: ref Draw->Context, nil: list of string); };
F: con "/tmp/dbg-sysmath-pread";
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(F, Sys->ORDWR, 8r644);
	sys->print("write %d\n", sys->write(fd, array of byte "hello world", 11));
	sys->seek(fd, big 2, Sys->SEEKSTART);
	buf := array[20] of byte;
	n := sys->pread(fd, buf, 5, big 6);
	sys->print("pread %d %s\n", n, string buf[0:n]);
	sys->print("offset after pread %bd\n", sys->seek(fd, big 0, Sys->SEEKRELA));
	n = sys->pread(fd, buf, 20, big 0);
	sys->print("pread all %d %s\n", n, string buf[0:n]);
	n = sys->pread(fd, buf, 5, big 100);
	sys->print("pread past %d\n", n);
	n = sys->pread(fd, buf, 0, big 0);
	sys->print("pread 0 %d\n", n);
	n = sys->read(fd, buf, 4);
	sys->print("read %d %s\n", n, string buf[0:n]);
	{ n = sys->pread(fd, buf, 5, big -1); sys->print("pread -1: %d [%r]\n", n); } exception e { "*" => sys->print("pread -1 exc %s\n", e); }
	{ n = sys->pread(fd, buf, 5, big 1 << 40); sys->print("pread 2^40: %d\n", n); } exception e { "*" => sys->print("pread 2^40 exc %s\n", e); }
	wfd := sys->open(F, Sys->OWRITE);
	n = sys->pread(wfd, buf, 5, big 0);
	sys->print("pread on OWRITE: %d [%r]\n", n);
	fd = wfd = nil;
	sys->print("remove %d\n", sys->remove(F));
}
