implement Kstat;

include "sys.m";
	sys: Sys;
include "draw.m";

Kstat: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

DIR: con "/tmp/k19_stat";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	if(sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755) == nil)
		sys->print("mkdir: %r\n");
	sys->create(DIR+"/sub", Sys->OREAD, Sys->DMDIR|8r755);
	fd := sys->create(DIR+"/data", Sys->ORDWR, 8r644);
	sys->fprint(fd, "0123456789abcdefghijklmnopqrstuvwxyz\n");

	describe("data", DIR+"/data");
	describe("sub", DIR+"/sub");
	describe("root", DIR);
	describe("absent", DIR+"/absent");
	describe("under a file", DIR+"/data/x");

	# fstat on the open descriptor agrees with stat
	(ok1, d1) := sys->fstat(fd);
	(ok2, d2) := sys->stat(DIR+"/data");
	sys->print("fstat ok=%d stat ok=%d same name=%d same length=%d same qid.path=%d same type=%d\n",
		ok1, ok2, d1.name == d2.name, d1.length == d2.length,
		d1.qid.path == d2.qid.path, d1.qid.qtype == d2.qid.qtype);

	# the length grows as we append
	sys->seek(fd, big 0, Sys->SEEKEND);
	sys->fprint(fd, "more\n");
	(nil, d1) = sys->fstat(fd);
	sys->print("after append: length %bd\n", d1.length);

	# wstat: truncate via length, change permissions
	nd := sys->nulldir;
	nd.length = big 10;
	if(sys->wstat(DIR+"/data", nd) < 0)
		sys->print("truncate: %r\n");
	nd = sys->nulldir;
	nd.mode = 8r640;
	if(sys->fwstat(fd, nd) < 0)
		sys->print("chmod: %r\n");
	(nil, d1) = sys->stat(DIR+"/data");
	sys->print("after wstat: length %bd perm %uo\n", d1.length, d1.mode & 8r777);
	buf := array[64] of byte;
	n := sys->pread(fd, buf, len buf, big 0);
	sys->print("contents now %q\n", string buf[0:n]);

	# a nulldir wstat changes nothing
	if(sys->wstat(DIR+"/data", sys->nulldir) < 0)
		sys->print("null wstat: %r\n");
	(nil, d2) = sys->stat(DIR+"/data");
	sys->print("after null wstat: length %bd perm %uo\n", d2.length, d2.mode & 8r777);
	fd = nil;

	sys->remove(DIR+"/data");
	sys->remove(DIR+"/sub");
	sys->remove(DIR);
}

describe(label, path: string)
{
	(ok, d) := sys->stat(path);
	if(ok < 0){
		sys->print("%-12s stat failed: %r\n", label);
		return;
	}
	isdir := (d.mode & Sys->DMDIR) != 0;
	qdir := (d.qid.qtype & Sys->QTDIR) != 0;
	sys->print("%-12s name=%s dir(mode)=%d dir(qid)=%d", label, d.name, isdir, qdir);
	if(!isdir)
		sys->print(" length=%bd", d.length);
	sys->print(" append=%d excl=%d\n", (d.mode & Sys->DMAPPEND) != 0, (d.mode & Sys->DMEXCL) != 0);
}
