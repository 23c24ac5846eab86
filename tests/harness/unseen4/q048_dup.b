implement DupT;

include "sys.m";
	sys: Sys;
include "draw.m";

DupT: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	name := "/tmp/q048.out";
	fd := sys->create(name, Sys->OWRITE, 8r644);
	# redirect fd 1 into the file, remembering the console
	saved := sys->fildes(1);
	console := saved.fd;
	if(sys->dup(fd.fd, 1) < 0)
		sys->fprint(saved, "dup: %r\n");
	sys->print("line one into the file\n");
	sys->print("line two into the file\n");
	# put the console back on fd 1
	sys->dup(console, 1);
	sys->print("back on the console\n");
	fd = nil;
	fd = sys->open(name, Sys->OREAD);
	buf := array[256] of byte;
	n := sys->read(fd, buf, len buf);
	sys->print("file holds %d bytes:\n%s", n, string buf[0:n]);
	# dup to a fresh descriptor shares the offset
	sys->seek(fd, big 0, Sys->SEEKSTART);
	nfd := sys->dup(fd.fd, -1);
	f2 := sys->fildes(nfd);
	m := sys->read(fd, buf, 5);
	sys->print("first read: %s\n", string buf[0:m]);
	m = sys->read(f2, buf, 4);
	sys->print("via dup: %s\n", string buf[0:m]);
	sys->werrstr("");
	if(sys->dup(999, -1) < 0)
		sys->print("dup of bad fd: %r\n");
	sys->werrstr("");
	bad := sys->fildes(777);
	sys->print("fildes(777) nil=%d\n", bad == nil);
	sys->remove(name);
}
