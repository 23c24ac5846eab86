implement DupFd;

include "sys.m";
	sys: Sys;
include "draw.m";

DupFd: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

readall(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return "<cannot open>";
	s := "";
	buf := array[64] of byte;
	while((n := sys->read(fd, buf, len buf)) > 0)
		s += string buf[0:n];
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	path := sys->sprint("/tmp/s017B.%s", "log");
	fd := sys->create(path, Sys->ORDWR, 8r600);
	if(fd == nil){
		sys->print("create: %r\n");
		return;
	}
	sys->fprint(fd, "first line via original\n");
	nfd := sys->dup(fd.fd, -1);
	sys->print("dup gave a different number: %d\n", nfd != fd.fd);
	dfd := sys->fildes(nfd);
	sys->fprint(dfd, "second line via duplicate\n");
	# offsets are shared between the two descriptors
	off1 := sys->seek(fd, big 0, Sys->SEEKRELA);
	off2 := sys->seek(dfd, big 0, Sys->SEEKRELA);
	sys->print("offsets %bd %bd\n", off1, off2);
	sys->seek(dfd, big 6, Sys->SEEKSTART);
	sys->fprint(fd, "LINE");
	fd = nil;
	dfd = nil;
	sys->print("contents:\n%s", readall(path));

	# standard output through fildes and a duplicate of it
	out := sys->fildes(1);
	sys->fprint(out, "written on fildes(1)\n");
	o2 := sys->dup(1, -1);
	ofd := sys->fildes(o2);
	sys->fprint(ofd, "written on a dup of fd 1\n");
	ofd = nil;
	bad := sys->fildes(9999);
	sys->print("fildes(9999) is nil: %d\n", bad == nil);
	sys->remove(path);
	sys->print("after remove: %s\n", readall(path));
}
