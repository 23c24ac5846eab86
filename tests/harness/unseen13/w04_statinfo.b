implement StatInfo;

include "sys.m";
	sys: Sys;
include "draw.m";

StatInfo: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

modestr(m: int): string
{
	s := "";
	if(m & Sys->DMDIR)
		s += "d";
	else
		s += "-";
	rwx := "rwx";
	for(i := 8; i >= 0; i--){
		if(m & (1<<i))
			s[len s] = rwx[(8-i)%3];
		else
			s[len s] = '-';
	}
	return s;
}

show(label: string, ok: int, d: Sys->Dir)
{
	if(ok < 0){
		sys->print("%s: stat failed: %r\n", label);
		return;
	}
	kind := "file";
	if(d.qid.qtype & Sys->QTDIR)
		kind = "dir";
	sys->print("%s: name=%s %s %s len=%bd perm=%o\n", label, d.name, kind, modestr(d.mode), d.length, d.mode & 8r777);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	dir := "/tmp/w_04dir";
	sys->remove(dir+"/f1");
	sys->remove(dir);
	dfd := sys->create(dir, Sys->OREAD, Sys->DMDIR|8r755);
	if(dfd == nil){
		sys->print("mkdir: %r\n");
		return;
	}
	(ok, d) := sys->fstat(dfd);
	show("dir via fstat", ok, d);

	f := dir + "/f1";
	fd := sys->create(f, Sys->OWRITE, 8r640);
	(ok, d) = sys->fstat(fd);
	show("new file", ok, d);
	data := array[1000] of { * => byte 'x' };
	sys->write(fd, data, 777);
	(ok, d) = sys->fstat(fd);
	show("after write", ok, d);
	fd = nil;
	(ok, d) = sys->stat(f);
	show("stat by name", ok, d);
	(ok, d) = sys->stat(dir + "/nothere");
	show("missing", ok, d);

	if(sys->remove(dir) < 0)
		sys->print("remove nonempty dir: failed as expected\n");
	sys->remove(f);
	dfd = nil;
	if(sys->remove(dir) == 0)
		sys->print("removed dir\n");
	(ok, d) = sys->stat(dir);
	sys->print("stat after remove: %d\n", ok);
}
