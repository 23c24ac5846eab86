implement FdPathDup;
include "sys.m";
	sys: Sys;
include "draw.m";
FdPathDup: module { init: fn(nil: ref Draw->Context, nil: list of string); };
F: con "/tmp/dbg-sysmath-fdpath";
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(F, Sys->ORDWR, 8r644);
	sys->print("fd2path %s\n", sys->fd2path(fd));
	sys->write(fd, array of byte "abcdef", 6);
	n := fd.fd;
	m := sys->dup(n, -1);
	sys->print("dup new differs %d\n", m != n && m >= 0);
	dfd := sys->fildes(m);
	sys->print("fildes ok %d same path %d\n", dfd != nil, sys->fd2path(dfd) == F);
	sys->print("shared offset %bd\n", sys->seek(dfd, big 0, Sys->SEEKRELA));
	sys->seek(fd, big 1, Sys->SEEKSTART);
	buf := array[2] of byte;
	sys->read(dfd, buf, 2);
	sys->print("read via dup %s\n", string buf);
	sys->print("dup to 40: %d\n", sys->dup(n, 40));
	f40 := sys->fildes(40);
	sys->print("fd40 path ok %d\n", sys->fd2path(f40) == F);
	sys->print("dup bad old: %d [%r]\n", sys->dup(99, -1));
	sys->print("fildes 99 nil %d\n", sys->fildes(99) == nil);
	sys->print("fildes -1 nil %d\n", sys->fildes(-1) == nil);
	fd0 := sys->fildes(0);
	sys->print("fildes 0 %d fd differs %d\n", fd0 != nil, fd0.fd != 0);
	fd1 := sys->fildes(1);
	sys->print("fildes 1 fd differs %d\n", fd1.fd != 1);
	sys->fprint(fd1, "via fildes 1\n");
	m2 := sys->dup(1, -1);
	sys->fprint(sys->fildes(m2), "via dup of 1\n");
	fd = dfd = f40 = nil;
	sys->print("fildes 40 after drop %d\n", sys->fildes(40) != nil);
	nfd: ref Sys->FD;
	{ sys->print("fd2path nil %q\n", sys->fd2path(nfd)); } exception e { "*" => sys->print("fd2path nil exc %s\n", e); }
	sys->print("remove %d\n", sys->remove(F));
}
