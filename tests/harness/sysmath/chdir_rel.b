implement ChdirRel;
include "sys.m";
	sys: Sys;
include "draw.m";
ChdirRel: module { init: fn(nil: ref Draw->Context, nil: list of string); };
D: con "/tmp/dbg-sysmath-chdir";
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(D, Sys->OREAD, Sys->DMDIR|8r755);
	sys->print("chdir %d\n", sys->chdir(D));
	fd := sys->create("rel.txt", Sys->OWRITE, 8r644);
	sys->print("create relative %d\n", fd != nil);
	sys->write(fd, array of byte "relative", 8);
	fd = nil;
	(rc, d) := sys->stat(D+"/rel.txt");
	sys->print("stat absolute %d %s %bd\n", rc, d.name, d.length);
	(rc, d) = sys->stat("./rel.txt");
	sys->print("stat dot %d %s\n", rc, d.name);
	fd = sys->open("rel.txt", Sys->OREAD);
	sys->print("fd2path %s\n", sys->fd2path(fd));
	fd = nil;
	sys->print("mkdir sub %d\n", sys->create("sub", Sys->OREAD, Sys->DMDIR|8r755) != nil);
	sys->print("chdir sub %d\n", sys->chdir("sub"));
	(rc, d) = sys->stat("../rel.txt");
	sys->print("stat dotdot %d %s\n", rc, d.name);
	sys->print("chdir .. %d\n", sys->chdir(".."));
	sys->print("chdir file %d [%r]\n", sys->chdir("rel.txt"));
	sys->print("chdir missing %d [%r]\n", sys->chdir("nope"));
	sys->print("remove rel %d\n", sys->remove("rel.txt"));
	sys->print("remove sub %d\n", sys->remove("sub"));
	sys->print("chdir / %d\n", sys->chdir("/"));
	sys->print("remove D %d\n", sys->remove(D));
	(rc, d) = sys->stat("/");
	sys->print("root %d %q dir %d\n", rc, d.name, (d.mode & Sys->DMDIR) != 0);
	(rc, d) = sys->stat(".");
	sys->print("dot %d %q\n", rc, d.name);
}
