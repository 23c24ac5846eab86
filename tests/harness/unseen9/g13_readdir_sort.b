implement ReaddirSort;

include "sys.m";
	sys: Sys;
include "draw.m";
include "readdir.m";
	readdir: Readdir;

ReaddirSort: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

DIR: con "/tmp/g13_readdir_sort";

files := array[] of {
	("mango.txt", 30),
	("apple.txt", 5),
	("zucchini.dat", 12),
	("banana.txt", 0),
	("Cherry.md", 21),
	("date", 7),
};

mkfile(name: string, size: int): int
{
	fd := sys->create(DIR + "/" + name, Sys->OWRITE, 8r644);
	if(fd == nil)
		return -1;
	buf := array[size] of {* => byte 'x'};
	if(size > 0)
		sys->write(fd, buf, size);
	return 0;
}

listdir(tag: string, key: int)
{
	(a, n) := readdir->init(DIR, key);
	sys->print("%s (%d entries):\n", tag, n);
	for(i := 0; i < n; i++){
		d := a[i];
		kind := "file";
		if(d.mode & Sys->DMDIR)
			kind = "dir ";
		sys->print("  %s %-14s %3bd\n", kind, d.name, d.length);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	readdir = load Readdir Readdir->PATH;
	if(readdir == nil){
		sys->print("load readdir: %r\n");
		return;
	}
	if(sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755) == nil){
		sys->print("mkdir: %r\n");
		return;
	}
	for(i := 0; i < len files; i++){
		(name, size) := files[i];
		if(mkfile(name, size) < 0)
			sys->print("create %s: %r\n", name);
	}
	listdir("by name", Readdir->NAME);
	listdir("by name descending", Readdir->NAME|Readdir->DESCENDING);
	listdir("by size", Readdir->SIZE);
	listdir("by size descending", Readdir->SIZE|Readdir->DESCENDING);

	# readall on an open fd, then re-sort with sortdir
	fd := sys->open(DIR, Sys->OREAD);
	(a, n) := readdir->readall(fd, Readdir->NONE);
	sys->print("readall count=%d\n", n);
	total := big 0;
	for(i = 0; i < n; i++)
		total += a[i].length;
	sys->print("total bytes=%bd\n", total);
	(a, n) = readdir->sortdir(a, Readdir->NAME);
	sys->print("sortdir by name:");
	for(i = 0; i < n; i++)
		sys->print(" %s", a[i].name);
	sys->print("\n");

	# missing directory
	(nil, n) = readdir->init(DIR + "/nosuchdir", Readdir->NAME);
	sys->print("missing dir -> %d\n", n);

	for(i = 0; i < len files; i++){
		(name, nil) := files[i];
		sys->remove(DIR + "/" + name);
	}
	if(sys->remove(DIR) < 0)
		sys->print("rmdir: %r\n");
	else
		sys->print("cleaned up\n");
}
