implement StatFields;

include "sys.m";
	sys: Sys;
include "draw.m";

StatFields: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

BASE: con "/tmp/g17_stat_fields";

report(path: string)
{
	(ok, d) := sys->stat(path);
	if(ok < 0){
		sys->print("stat %s: failed: %r\n", rel(path));
		return;
	}
	isdir := 0;
	if(d.mode & Sys->DMDIR)
		isdir = 1;
	qdir := 0;
	if(d.qid.qtype & Sys->QTDIR)
		qdir = 1;
	sys->print("%-12s name=%-10s len=%-4bd perm=%.3o dir=%d qtdir=%d\n",
		rel(path), d.name, d.length, d.mode & 8r777, isdir, qdir);
}

rel(p: string): string
{
	if(len p >= len BASE && p[0:len BASE] == BASE)
		return "." + p[len BASE:];
	return p;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	dfd := sys->create(BASE, Sys->OREAD, Sys->DMDIR|8r750);
	if(dfd == nil){
		sys->print("mkdir: %r\n");
		return;
	}
	sys->print("dir fd2path rel: %s\n", rel(sys->fd2path(dfd)));
	perms := array[] of {8r644, 8r600, 8r444, 8r640, 8r400};
	for(i := 0; i < len perms; i++){
		p := sys->sprint("%s/f%d", BASE, i);
		fd := sys->create(p, Sys->OWRITE, perms[i]);
		if(fd == nil){
			sys->print("create f%d: %r\n", i);
			continue;
		}
		data := array[i*10+3] of {* => byte ('a'+i)};
		sys->write(fd, data, len data);
		sys->print("fd2path: %s\n", rel(sys->fd2path(fd)));
		(ok, d) := sys->fstat(fd);
		sys->print("fstat ok=%d name=%s len=%bd\n", ok, d.name, d.length);
	}
	report(BASE);
	for(i = 0; i < len perms; i++)
		report(sys->sprint("%s/f%d", BASE, i));

	# change permission through wstat
	d := sys->nulldir;
	d.mode = 8r604;
	if(sys->wstat(BASE + "/f1", d) < 0)
		sys->print("wstat mode: %r\n");
	report(BASE + "/f1");

	# rename through wstat
	d = sys->nulldir;
	d.name = "renamed";
	if(sys->wstat(BASE + "/f2", d) < 0)
		sys->print("wstat name: %r\n");
	report(BASE + "/f2");
	report(BASE + "/renamed");

	# truncate through wstat
	d = sys->nulldir;
	d.length = big 5;
	if(sys->wstat(BASE + "/f3", d) < 0)
		sys->print("wstat length: %r\n");
	report(BASE + "/f3");

	names := array[] of {"f0", "f1", "renamed", "f3", "f4"};
	for(i = 0; i < len names; i++)
		if(sys->remove(BASE + "/" + names[i]) < 0)
			sys->print("remove %s: %r\n", names[i]);
	dfd = nil;
	if(sys->remove(BASE) < 0)
		sys->print("rmdir: %r\n");
	report(BASE);
}
