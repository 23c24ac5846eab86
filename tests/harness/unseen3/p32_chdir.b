implement P32;
include "sys.m";
	sys: Sys;
include "draw.m";
P32: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

D: con "/tmp/unseen3-p32";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(D, Sys->OREAD, Sys->DMDIR|8r777);
	if(fd == nil){
		sys->print("mkdir: %r\n");
		return;
	}
	sys->print("dir fd2path %s\n", sys->fd2path(fd));
	fd = nil;
	sys->print("chdir %d\n", sys->chdir(D));
	f := sys->create("rel.txt", Sys->OWRITE, 8r666);
	sys->print("created fd2path %s\n", sys->fd2path(f));
	sys->fprint(f, "value=%d\n", 123);
	f = nil;
	sub := sys->create("inner", Sys->OREAD, Sys->DMDIR|8r777);
	sub = nil;
	sys->print("chdir inner %d\n", sys->chdir("inner"));
	g := sys->open("../rel.txt", Sys->OREAD);
	buf := array[32] of byte;
	n := sys->read(g, buf, len buf);
	sys->print("read via .. %q\n", string buf[0:n]);
	sys->print("fd2path %s\n", sys->fd2path(g));
	g = nil;
	sys->print("chdir bad %d %r\n", sys->chdir("/tmp/unseen3-p32/nonexistent"));
	(ok, d) := sys->stat(".");
	sys->print("stat . %d %s\n", ok, d.name);
	sys->print("chdir .. %d\n", sys->chdir(".."));
	(ok, d) = sys->stat("rel.txt");
	sys->print("stat rel %d len %bd\n", ok, d.length);
	sys->remove("inner");
	sys->remove("rel.txt");
	sys->chdir("/");
	sys->print("rmdir %d\n", sys->remove(D));
}
