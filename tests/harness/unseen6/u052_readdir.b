implement ReaddirDemo;

include "sys.m";
	sys: Sys;
include "draw.m";
include "readdir.m";
	readdir: Readdir;

ReaddirDemo: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

D: con "/tmp/u052-dir";

mkfile(name: string, size: int)
{
	fd := sys->create(D + "/" + name, Sys->OWRITE, 8r644);
	if(size > 0){
		b := array[size] of {* => byte 'x'};
		sys->write(fd, b, size);
	}
}

show(label: string, a: array of ref Sys->Dir, n: int)
{
	sys->print("%s (%d):", label, n);
	for(i := 0; i < n; i++){
		kind := "";
		if(a[i].mode & Sys->DMDIR)
			kind = "/";
		sys->print(" %s%s=%bd", a[i].name, kind, a[i].length);
	}
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	readdir = load Readdir Readdir->PATH;
	if(readdir == nil){
		sys->print("no readdir: %r\n");
		return;
	}
	sys->create(D, Sys->OREAD, Sys->DMDIR|8r755);
	(e, en) := readdir->init(D, Readdir->NAME);
	sys->print("empty: n=%d nil=%d\n", en, e == nil);
	mkfile("medium", 50);
	mkfile("Big", 300);
	mkfile("alpha", 10);
	mkfile("zero", 0);
	mkfile("beta", 20);
	sys->create(D + "/subdir", Sys->OREAD, Sys->DMDIR|8r755);
	(a, n) := readdir->init(D, Readdir->NAME);
	show("by name", a, n);
	(a, n) = readdir->init(D, Readdir->NAME|Readdir->DESCENDING);
	show("by name desc", a, n);
	(a, n) = readdir->init(D, Readdir->SIZE);
	# directory sizes are host specific: drop them before showing
	files := array[n] of ref Sys->Dir;
	m := 0;
	for(i := 0; i < n; i++)
		if((a[i].mode & Sys->DMDIR) == 0)
			files[m++] = a[i];
	show("files by size", files, m);
	(a, n) = readdir->init(D, Readdir->SIZE|Readdir->DESCENDING);
	m = 0;
	for(i = 0; i < n; i++)
		if((a[i].mode & Sys->DMDIR) == 0)
			files[m++] = a[i];
	show("files by size desc", files, m);
	(a, n) = readdir->init(D + "/missing", Readdir->NAME);
	sys->print("missing dir: n=%d nil=%d\n", n, a == nil);
	fd := sys->open(D, Sys->OREAD);
	(a, n) = readdir->readall(fd, Readdir->NAME);
	sys->print("readall count %d first %s last %s\n", n, a[0].name, a[n-1].name);
	(a, n) = readdir->init(D, Readdir->NAME);
	for(i = 0; i < n; i++)
		sys->remove(D + "/" + a[i].name);
	sys->print("removed dir: %d\n", sys->remove(D));
}
