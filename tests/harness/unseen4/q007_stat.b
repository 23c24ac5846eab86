implement StatT;

include "sys.m";
	sys: Sys;
include "draw.m";

StatT: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

kind(d: Sys->Dir): string
{
	if(d.mode & Sys->DMDIR)
		return "dir";
	return "file";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	dir := "/tmp/q007dir";
	sys->remove(dir + "/f1");
	sys->remove(dir);
	dfd := sys->create(dir, Sys->OREAD, Sys->DMDIR | 8r755);
	if(dfd == nil){
		sys->print("mkdir: %r\n");
		return;
	}
	fd := sys->create(dir + "/f1", Sys->OWRITE, 8r640);
	data := array of byte "0123456789abcdef0123";
	sys->write(fd, data, len data);
	(ok, d) := sys->fstat(fd);
	sys->print("fstat ok=%d name=%s len=%bd %s perm=%o\n", ok, d.name, d.length, kind(d), d.mode & 8r777);
	fd = nil;
	(ok, d) = sys->stat(dir + "/f1");
	sys->print("stat ok=%d name=%s len=%bd %s\n", ok, d.name, d.length, kind(d));
	(ok, d) = sys->stat(dir);
	sys->print("dir ok=%d name=%s %s perm=%o\n", ok, d.name, kind(d), d.mode & 8r777);
	# change the length with wstat
	nd := sys->nulldir;
	nd.length = big 5;
	if(sys->wstat(dir + "/f1", nd) < 0)
		sys->print("wstat: %r\n");
	(ok, d) = sys->stat(dir + "/f1");
	sys->print("after truncate len=%bd\n", d.length);
	nd = sys->nulldir;
	nd.name = "f2";
	sys->wstat(dir + "/f1", nd);
	(ok, nil) = sys->stat(dir + "/f1");
	sys->print("old name stat ok=%d\n", ok);
	(ok, d) = sys->stat(dir + "/f2");
	sys->print("new name stat ok=%d name=%s\n", ok, d.name);
	sys->remove(dir + "/f2");
	sys->werrstr("");
	if(sys->remove(dir) < 0)
		sys->print("rmdir: %r\n");
	else
		sys->print("rmdir ok\n");
	(ok, nil) = sys->stat(dir);
	sys->print("final stat ok=%d\n", ok);
}
