implement SysStat;
include "sys.m";
	sys: Sys;
include "draw.m";
SysStat: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	path := "/tmp/disbridge-stat-" + string sys->pctl(0, nil);
	fd := sys->create(path, Sys->OWRITE, 8r640);
	sys->fprint(fd, "hello\n");
	(ok, d) := sys->stat(path);
	sys->print("%d %bd %o %d %d\n", ok, d.length, d.mode, d.mode & Sys->DMDIR, d.name == path[5:]);
	(ok, d) = sys->fstat(fd);
	sys->print("%d %d\n", ok, sys->fd2path(fd) == path);
	nd := Sys->nulldir;
	nd.mode = 8r600;
	sys->print("%d\n", sys->wstat(path, nd));
	(ok, d) = sys->stat(path);
	sys->print("%o\n", d.mode);
	(ok, d) = sys->stat("/tmp");
	sys->print("%d %d\n", d.mode & Sys->DMDIR != 0, d.qid.qtype);
	sys->remove(path);
	(ok, d) = sys->stat(path);
	sys->print("%d %r\n", ok);
}
