implement StatFstat;

include "sys.m";
	sys: Sys;
include "draw.m";

StatFstat: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

F1: con "/tmp/c19_stat_a.txt";
F2: con "/tmp/c19_stat_b.txt";

describe(label: string, d: Sys->Dir)
{
	kind := "file";
	if(d.mode & Sys->DMDIR)
		kind = "dir";
	isdirq := (d.qid.qtype & Sys->QTDIR) != 0;
	sys->print("%s: name=%s kind=%s len=%bd perm=%03uo qdir=%d\n",
		label, d.name, kind, d.length, d.mode & 8r777, isdirq);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->remove(F1);
	sys->remove(F2);

	fd := sys->create(F1, Sys->OWRITE, 8r640);
	if(fd == nil) {
		sys->print("create: %r\n");
		return;
	}
	(ok, d) := sys->fstat(fd);
	sys->print("fstat ok=%d\n", ok);
	describe("fresh", d);

	msg := array of byte "The quick brown fox jumps over the lazy dog\n";
	for(i := 0; i < 3; i++)
		sys->write(fd, msg, len msg);
	(ok, d) = sys->fstat(fd);
	describe("after 3 writes", d);
	v0 := d.qid.path;

	(ok, d) = sys->stat(F1);
	describe("by stat", d);
	sys->print("same qid path via stat and fstat: %d\n", d.qid.path == v0);

	# truncate with wstat, keeping everything else
	nd := sys->nulldir;
	nd.length = big 10;
	if(sys->fwstat(fd, nd) < 0)
		sys->print("fwstat: %r\n");
	(ok, d) = sys->stat(F1);
	describe("truncated", d);

	# change permissions
	nd = sys->nulldir;
	nd.mode = 8r600;
	sys->wstat(F1, nd);
	(ok, d) = sys->stat(F1);
	describe("chmod", d);

	# rename through wstat (name only, same directory)
	fd = nil;
	nd = sys->nulldir;
	nd.name = "c19_stat_b.txt";
	if(sys->wstat(F1, nd) < 0)
		sys->print("rename: %r\n");
	(ok, nil) = sys->stat(F1);
	sys->print("old name stat ok=%d\n", ok);
	(ok, d) = sys->stat(F2);
	sys->print("new name stat ok=%d\n", ok);
	describe("renamed", d);

	fd = sys->open(F2, Sys->OREAD);
	buf := array[64] of byte;
	n := sys->read(fd, buf, len buf);
	sys->print("content after truncation: %q (%d bytes)\n", string buf[0:n], n);

	# stat of a directory
	(ok, d) = sys->stat("/tmp");
	sys->print("/tmp is dir: %d, qid dir: %d\n", (d.mode & Sys->DMDIR) != 0, (d.qid.qtype & Sys->QTDIR) != 0);

	# stat of a missing file
	(ok, d) = sys->stat("/tmp/c19_stat_none");
	sys->print("missing stat ok=%d\n", ok);

	fd = nil;
	sys->remove(F2);
	(ok, nil) = sys->stat(F2);
	sys->print("after remove ok=%d\n", ok);
}
