implement Lsdir;

include "sys.m";
	sys: Sys;
include "draw.m";
include "readdir.m";
	readdir: Readdir;

Lsdir: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

DIR: con "/tmp/v032_dir";

files := array[] of {
	("zeta.txt", 30),
	("alpha.b", 5),
	("Mid.dis", 120),
	("beta", 1),
	("gamma.m", 64),
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	readdir = load Readdir Readdir->PATH;
	if(readdir == nil){
		sys->fprint(sys->fildes(2), "lsdir: cannot load %s: %r\n", Readdir->PATH);
		raise "fail:load";
	}
	fd := sys->create(DIR, Sys->OREAD, Sys->DMDIR | 8r755);
	if(fd == nil){
		sys->fprint(sys->fildes(2), "lsdir: cannot create %s: %r\n", DIR);
		raise "fail:create";
	}
	fd = nil;
	for(i := 0; i < len files; i++){
		(name, size) := files[i];
		f := sys->create(DIR + "/" + name, Sys->OWRITE, 8r644);
		if(f == nil){
			sys->fprint(sys->fildes(2), "lsdir: %s: %r\n", name);
			raise "fail:create";
		}
		b := array[size] of {* => byte 'x'};
		sys->write(f, b, len b);
	}
	sub := sys->create(DIR + "/subdir", Sys->OREAD, Sys->DMDIR | 8r755);
	sub = nil;

	listdir("by name", Readdir->NAME);
	listdir("by size", Readdir->SIZE);
	listdir("by name, descending", Readdir->NAME | Readdir->DESCENDING);

	(d, n) := readdir->init(DIR + "/nonexistent", Readdir->NAME);
	sys->print("nonexistent: n=%d nil=%d\n", n, d == nil);

	(d, n) = readdir->init(DIR, Readdir->NONE);
	for(i = 0; i < n; i++)
		sys->remove(DIR + "/" + d[i].name);
	if(sys->remove(DIR) < 0)
		sys->print("remove failed\n");
	else
		sys->print("removed %d entries and the directory\n", n);
}

listdir(label: string, key: int)
{
	(d, n) := readdir->init(DIR, key);
	sys->print("%s (%d):\n", label, n);
	for(i := 0; i < n; i++){
		t := "-";
		if(d[i].mode & Sys->DMDIR)
			t = "d";
		sz := d[i].length;
		if(d[i].mode & Sys->DMDIR)
			sz = big 0;
		sys->print("  %s %5bd %s\n", t, sz, d[i].name);
	}
}
