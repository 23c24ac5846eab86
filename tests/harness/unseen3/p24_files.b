implement P24;
include "sys.m";
	sys: Sys;
include "draw.m";
P24: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

FILE: con "/tmp/unseen3-p24-data";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(FILE, Sys->ORDWR, 8r644);
	if(fd == nil){
		sys->print("create failed: %r\n");
		return;
	}
	data := array of byte "line one\nline two\nthird line é\n";
	n := sys->write(fd, data, len data);
	sys->print("wrote %d of %d\n", n, len data);
	off := sys->seek(fd, big 0, Sys->SEEKSTART);
	sys->print("seek -> %bd\n", off);
	buf := array[8] of byte;
	tot := 0;
	r: int;
	while((r = sys->read(fd, buf, len buf)) > 0){
		sys->print("read %d: %q\n", r, string buf[0:r]);
		tot += r;
	}
	sys->print("total %d\n", tot);
	sys->print("seek end %bd\n", sys->seek(fd, big 0, Sys->SEEKEND));
	sys->print("seek rel %bd\n", sys->seek(fd, big -6, Sys->SEEKRELA));
	r = sys->read(fd, buf, len buf);
	sys->print("tail %q\n", string buf[0:r]);
	n = sys->pwrite(fd, array of byte "LINE", 4, big 0);
	sys->print("pwrite %d\n", n);
	r = sys->pread(fd, buf, 8, big 0);
	sys->print("pread %q\n", string buf[0:r]);
	fd = nil;
	(ok, d) := sys->stat(FILE);
	sys->print("stat ok %d name %s len %bd mode %o isdir %d\n", ok, d.name, d.length, d.mode & 8r777, (d.mode & Sys->DMDIR) != 0);
	fd = sys->open(FILE, Sys->OREAD);
	(ok, d) = sys->fstat(fd);
	sys->print("fstat ok %d len %bd\n", ok, d.length);
	sys->print("fd2path %s\n", sys->fd2path(fd));
	n = sys->write(fd, data, 1);
	sys->print("write on rdonly %d %r\n", n);
	fd = nil;
	fd = sys->open(FILE, Sys->OWRITE|Sys->OTRUNC);
	fd = nil;
	(ok, d) = sys->stat(FILE);
	sys->print("after trunc len %bd\n", d.length);
	sys->print("remove %d\n", sys->remove(FILE));
	sys->print("remove again %d %r\n", sys->remove(FILE));
	fd = sys->open(FILE, Sys->OREAD);
	sys->print("open gone nil %d %r\n", fd == nil);
	(ok, nil) = sys->stat(FILE);
	sys->print("stat gone %d\n", ok);
}
