implement Dirlist;

include "sys.m";
	sys: Sys;
include "draw.m";
include "readdir.m";
	readdir: Readdir;

Dirlist: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

DIR: con "/tmp/r052dir";

mkfile(name: string, size: int)
{
	fd := sys->create(DIR + "/" + name, Sys->OWRITE, 8r644);
	if(fd == nil){
		sys->print("create %s: failed\n", name);
		return;
	}
	b := array[size] of {* => byte 'x'};
	sys->write(fd, b, len b);
}

kind(d: ref Sys->Dir): string
{
	if(d.mode & Sys->DMDIR)
		return "d";
	return "-";
}

listing(title: string, key: int)
{
	(a, n) := readdir->init(DIR, key);
	if(n < 0){
		sys->print("%s: cannot read\n", title);
		return;
	}
	sys->print("%s (%d entries):\n", title, n);
	for(i := 0; i < n; i++){
		d := a[i];
		if(d.mode & Sys->DMDIR)
			sys->print("  %s %s/\n", kind(d), d.name);
		else
			sys->print("  %s %-12s %5bd\n", kind(d), d.name, d.length);
	}
}

filesonly(key: int): string
{
	(a, n) := readdir->init(DIR, key);
	s := "";
	for(i := 0; i < n; i++)
		if((a[i].mode & Sys->DMDIR) == 0)
			s += " " + a[i].name;
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	readdir = load Readdir Readdir->PATH;
	# the directory may survive from an earlier run
	sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(DIR + "/sub", Sys->OREAD, Sys->DMDIR|8r755);
	sys->remove(DIR + "/old.tmp");
	files := array[] of {("notes.txt", 120), ("a.b", 7), ("Zeta", 300), ("main.b", 2048), ("empty", 0), ("old.tmp", 55)};
	for(i := 0; i < len files; i++){
		(name, size) := files[i];
		mkfile(name, size);
	}
	listing("by name", Readdir->NAME);
	sys->print("by size:%s\n", filesonly(Readdir->SIZE));
	sys->print("by size desc:%s\n", filesonly(Readdir->SIZE|Readdir->DESCENDING));
	sys->print("by name desc:%s\n", filesonly(Readdir->NAME|Readdir->DESCENDING));
	if(sys->remove(DIR + "/old.tmp") < 0)
		sys->print("remove failed\n");
	if(sys->remove(DIR + "/old.tmp") < 0)
		sys->print("second remove failed as expected\n");
	sys->print("after remove:%s\n", filesonly(Readdir->NAME));
	(nil, n) := readdir->init(DIR + "/nonexistent", Readdir->NAME);
	sys->print("missing dir: %d\n", n);
	(ok, d) := sys->stat(DIR + "/main.b");
	sys->print("stat main.b: ok=%d name=%s len=%bd dir=%d\n", ok, d.name, d.length, (d.mode & Sys->DMDIR) != 0);
}
