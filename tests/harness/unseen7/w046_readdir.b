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

Dir: con "/tmp/w046_readdir_test";

mkfile(name: string, size: int)
{
	fd := sys->create(Dir + "/" + name, Sys->OWRITE, 8r644);
	if(fd == nil){
		sys->print("create %s failed\n", name);
		return;
	}
	buf := array[size] of {* => byte 'x'};
	sys->write(fd, buf, len buf);
}

listing(tag: string, key: int)
{
	(a, n) := readdir->init(Dir, key);
	s := tag + " (" + string n + "):";
	for(i := 0; i < n; i++)
		s += sys->sprint(" %s=%bd", a[i].name, a[i].length);
	sys->print("%s\n", s);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	readdir = load Readdir Readdir->PATH;
	fd := sys->create(Dir, Sys->OREAD, Sys->DMDIR | 8r755);
	if(fd == nil){
		sys->print("mkdir failed\n");
		return;
	}
	fd = nil;
	files := array[] of {("delta", 40), ("alpha", 5), ("charlie", 300), ("bravo", 17)};
	for(i := 0; i < len files; i++)
		mkfile(files[i].t0, files[i].t1);
	listing("by name", Readdir->NAME);
	listing("by name desc", Readdir->NAME | Readdir->DESCENDING);
	listing("by size", Readdir->SIZE);
	listing("by size desc", Readdir->SIZE | Readdir->DESCENDING);
	(d, n) := readdir->init(Dir, Readdir->NAME);
	for(i = 0; i < n; i++){
		isdir := (d[i].mode & Sys->DMDIR) != 0;
		sys->print("%s dir=%d len=%bd\n", d[i].name, isdir, d[i].length);
		sys->remove(Dir + "/" + d[i].name);
	}
	sys->print("remove dir %d\n", sys->remove(Dir));
	(nil, n) = readdir->init(Dir, Readdir->NAME);
	sys->print("after removal n=%d\n", n);
}
