implement P42;
include "sys.m";
	sys: Sys;
include "draw.m";
P42: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

A: con "/tmp/unseen3-p42-a";
B: con "/tmp/unseen3-p42-b";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(A, Sys->OWRITE, 8r640);
	sys->fprint(fd, "0123456789");
	fd = nil;
	d := sys->nulldir;
	d.name = "unseen3-p42-b";
	sys->print("rename %d\n", sys->wstat(A, d));
	(ok, nil) := sys->stat(A);
	sys->print("old exists %d\n", ok);
	(ok, d) = sys->stat(B);
	sys->print("new exists %d name %s len %bd perm %o\n", ok, d.name, d.length, d.mode & 8r777);
	d = sys->nulldir;
	d.mode = 8r600;
	sys->print("chmod %d\n", sys->wstat(B, d));
	(ok, d) = sys->stat(B);
	sys->print("perm now %o\n", d.mode & 8r777);
	d = sys->nulldir;
	d.length = big 4;
	sys->print("truncate %d\n", sys->wstat(B, d));
	(ok, d) = sys->stat(B);
	sys->print("len now %bd\n", d.length);
	fd = sys->open(B, Sys->OREAD);
	buf := array[20] of byte;
	n := sys->read(fd, buf, len buf);
	sys->print("content %q\n", string buf[0:n]);
	(ok, d) = sys->fstat(fd);
	sys->print("fstat name %s qtype %d\n", d.name, d.qid.qtype);
	fd = nil;
	nd := sys->nulldir;
	sys->print("nulldir len %bd mode %x name %q\n", nd.length, nd.mode, nd.name);
	sys->remove(B);
}
