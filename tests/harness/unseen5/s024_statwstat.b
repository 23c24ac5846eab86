implement StatWstat;

include "sys.m";
	sys: Sys;
include "draw.m";

StatWstat: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

DIR: con "/tmp/s024B";

show(label, path: string)
{
	(ok, d) := sys->stat(path);
	if(ok < 0){
		sys->print("%s: stat failed\n", label);
		return;
	}
	kind := "file";
	if(d.mode & Sys->DMDIR)
		kind = "dir";
	sys->print("%s: name=%s %s len=%bd perm=%o qtdir=%d\n", label, d.name, kind, d.length,
		d.mode & 8r777, (d.qid.qtype & Sys->QTDIR) != 0);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->remove(DIR + "/renamed.dat");
	sys->remove(DIR + "/data.txt");
	sys->remove(DIR);
	sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r750);
	show("dir", DIR);
	fd := sys->create(DIR + "/data.txt", Sys->OWRITE, 8r640);
	for(i := 0; i < 10; i++)
		sys->fprint(fd, "%d:%d;", i, i*i);
	show("written", DIR + "/data.txt");
	(nil, fdst) := sys->fstat(fd);
	sys->print("fstat len=%bd\n", fdst.length);
	fd = nil;

	d := sys->nulldir;
	d.mode = 8r604;
	if(sys->wstat(DIR + "/data.txt", d) < 0)
		sys->print("wstat mode: %r\n");
	show("chmod", DIR + "/data.txt");

	d = sys->nulldir;
	d.name = "renamed.dat";
	if(sys->wstat(DIR + "/data.txt", d) < 0)
		sys->print("wstat name: %r\n");
	show("renamed", DIR + "/renamed.dat");
	show("old name", DIR + "/data.txt");

	d = sys->nulldir;
	d.length = big 12;
	sys->wstat(DIR + "/renamed.dat", d);
	show("truncated", DIR + "/renamed.dat");
	fd = sys->open(DIR + "/renamed.dat", Sys->OREAD);
	buf := array[64] of byte;
	n := sys->read(fd, buf, len buf);
	sys->print("content now: %s\n", string buf[0:n]);
	fd = nil;

	fd = sys->open(DIR + "/renamed.dat", Sys->ORDWR);
	d = sys->nulldir;
	d.mode = 8r600;
	sys->fwstat(fd, d);
	fd = nil;
	show("fwstat", DIR + "/renamed.dat");
	sys->remove(DIR + "/renamed.dat");
	sys->remove(DIR);
	show("gone", DIR);
}
