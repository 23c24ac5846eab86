implement FileStat;
include "sys.m";
	sys: Sys;
include "draw.m";
FileStat: module { init: fn(nil: ref Draw->Context, nil: list of string); };
D: con "/tmp/dbg-sysmath-stat";
show(tag: string, d: Sys->Dir)
{
	sys->print("%s: name=%q mode=%uo dir=%d len=%bd qtype=%x dtype=%c muid=%q\n", tag, d.name, d.mode,
		(d.mode & Sys->DMDIR) != 0, d.length, d.qid.qtype, d.dtype, d.muid);
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(D, Sys->OREAD, Sys->DMDIR|8r750);
	sys->print("dir created %d\n", fd != nil);
	(rc, d) := sys->stat(D);
	sys->print("rc %d\n", rc);
	show("dir", d);
	fd = sys->create(D+"/a.txt", Sys->OWRITE, 8r640);
	sys->write(fd, array of byte "12345", 5);
	(rc, d) = sys->fstat(fd);
	show("fstat", d);
	(rc, d) = sys->stat(D+"/a.txt");
	show("stat", d);
	sys->print("same qid path %d\n", d.qid.path == d.qid.path);
	d2 := sys->nulldir;
	d2.mode = 8r600;
	sys->print("wstat mode %d\n", sys->wstat(D+"/a.txt", d2));
	(rc, d) = sys->stat(D+"/a.txt");
	show("after mode", d);
	d2 = sys->nulldir;
	d2.length = big 2;
	sys->print("wstat length %d\n", sys->wstat(D+"/a.txt", d2));
	(rc, d) = sys->stat(D+"/a.txt");
	show("after length", d);
	d2 = sys->nulldir;
	d2.name = "b.txt";
	sys->print("wstat rename %d\n", sys->wstat(D+"/a.txt", d2));
	(rc, d) = sys->stat(D+"/b.txt");
	show("renamed", d);
	(rc, d) = sys->stat(D+"/a.txt");
	sys->print("old name rc %d [%r]\n", rc);
	d2 = sys->nulldir;
	d2.length = big 0;
	sys->print("fwstat %d\n", sys->fwstat(fd, d2));
	(rc, d) = sys->fstat(fd);
	show("fwstat", d);
	nd := sys->nulldir;
	sys->print("nulldir: %q %q %d %bd %d %d %d %bd\n", nd.name, nd.uid, nd.mode, nd.length, nd.atime, nd.qid.vers, nd.qid.qtype, nd.qid.path);
	zd := sys->zerodir;
	sys->print("zerodir: %q %d %bd %d\n", zd.name, zd.mode, zd.length, zd.dtype);
	(rc, d) = sys->stat(D+"/missing");
	sys->print("missing rc %d\n", rc);
	fd = nil;
	sys->print("wstat missing %d [%r]\n", sys->wstat(D+"/missing", d2));
	sys->remove(D+"/b.txt");
	sys->print("rm %d\n", sys->remove(D));
}
