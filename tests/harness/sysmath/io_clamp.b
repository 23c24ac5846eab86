implement IoClamp;
include "sys.m";
	sys: Sys;
include "draw.m";
IoClamp: module { init: fn(nil: ref Draw->Context, nil: list of string); };
F: con "/tmp/dbg-sysmath-ioclamp";
# read and write take n, but never more than the array holds; a negative n or a nil array does nothing
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(F, Sys->ORDWR, 8r644);
	small := array of byte "abc";
	{ sys->print("write n>len: %d\n", sys->write(fd, small, 10)); } exception e { "*" => sys->print("write n>len exc %s\n", e); }
	{ sys->print("write n<0: %d\n", sys->write(fd, small, -1)); } exception e { "*" => sys->print("write n<0 exc %s\n", e); }
	nb: array of byte;
	{ sys->print("write nil: %d\n", sys->write(fd, nb, 5)); } exception e { "*" => sys->print("write nil exc %s\n", e); }
	sys->seek(fd, big 0, Sys->SEEKSTART);
	buf := array[2] of byte;
	{ sys->print("read n>len: %d %s\n", sys->read(fd, buf, 10), string buf); } exception e { "*" => sys->print("read n>len exc %s\n", e); }
	{ sys->print("read n<0: %d\n", sys->read(fd, buf, -3)); } exception e { "*" => sys->print("read n<0 exc %s\n", e); }
	{ sys->print("read nil: %d\n", sys->read(fd, nb, 3)); } exception e { "*" => sys->print("read nil exc %s\n", e); }
	sys->seek(fd, big 0, Sys->SEEKSTART);
	{ sys->print("readn n>len: %d\n", sys->readn(fd, buf, 10)); } exception e { "*" => sys->print("readn n>len exc %s\n", e); }
	{ sys->print("readn n<0: %d\n", sys->readn(fd, buf, -1)); } exception e { "*" => sys->print("readn n<0 exc %s\n", e); }
	{ sys->print("pread n>len: %d\n", sys->pread(fd, buf, 10, big 0)); } exception e { "*" => sys->print("pread n>len exc %s\n", e); }
	{ sys->print("pread nil: %d\n", sys->pread(fd, nb, 1, big 0)); } exception e { "*" => sys->print("pread nil exc %s\n", e); }
	sys->print("offset %bd\n", sys->seek(fd, big 0, Sys->SEEKRELA));
	sl := small[1:];
	sys->seek(fd, big 0, Sys->SEEKSTART);
	{ sys->print("read into slice: %d %s %s\n", sys->read(fd, sl, 99), string sl, string small); } exception e { "*" => sys->print("slice exc %s\n", e); }
	nfd: ref Sys->FD;
	{ sys->print("read nil fd: %d [%r]\n", sys->read(nfd, buf, 1)); } exception e { "*" => sys->print("read nil fd exc %s\n", e); }
	{ sys->print("write nil fd: %d [%r]\n", sys->write(nfd, buf, 1)); } exception e { "*" => sys->print("write nil fd exc %s\n", e); }
	{ sys->print("fprint nil fd: %d [%r]\n", sys->fprint(nfd, "x")); } exception e { "*" => sys->print("fprint nil fd exc %s\n", e); }
	{ sys->print("seek nil fd: %bd [%r]\n", sys->seek(nfd, big 0, 0)); } exception e { "*" => sys->print("seek nil fd exc %s\n", e); }
	fd = nil;
	sys->print("remove %d\n", sys->remove(F));
}
