implement ReaddirDemo;

include "sys.m";
	sys: Sys;
include "draw.m";
include "readdir.m";
	readdir: Readdir;

ReaddirDemo: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

TOP: con "/tmp/s042B";

files := array[] of {("kiwi", 30), ("apple", 5), ("mango", 120), ("fig", 64), ("banana", 17)};

mkfile(path: string, size: int)
{
	fd := sys->create(path, Sys->OWRITE, 8r644);
	buf := array[size] of {* => byte 'x'};
	sys->write(fd, buf, len buf);
}

show(label: string, key: int)
{
	(a, n) := readdir->init(TOP + "/one", key);
	s := "";
	for(i := 0; i < n; i++)
		s += sys->sprint(" %s(%bd)", a[i].name, a[i].length);
	sys->print("%-10s%s\n", label, s);
}

clean()
{
	for(i := 0; i < len files; i++){
		(name, nil) := files[i];
		sys->remove(TOP + "/one/" + name);
		sys->remove(TOP + "/two/" + name);
	}
	sys->remove(TOP + "/two/zucchini");
	sys->remove(TOP + "/one");
	sys->remove(TOP + "/two");
	sys->remove(TOP);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	readdir = load Readdir Readdir->PATH;
	if(readdir == nil){
		sys->print("load readdir: %r\n");
		return;
	}
	clean();
	sys->create(TOP, Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(TOP + "/one", Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(TOP + "/two", Sys->OREAD, Sys->DMDIR|8r755);
	for(i := 0; i < len files; i++){
		(name, size) := files[i];
		mkfile(TOP + "/one/" + name, size);
	}
	show("by name", Readdir->NAME);
	show("name desc", Readdir->NAME|Readdir->DESCENDING);
	show("by size", Readdir->SIZE);
	show("size desc", Readdir->SIZE|Readdir->DESCENDING);
	# a union with duplicate names, with and without COMPACT
	mkfile(TOP + "/two/fig", 1);
	mkfile(TOP + "/two/zucchini", 2);
	sys->bind(TOP + "/two", TOP + "/one", Sys->MAFTER);
	(a, n) := readdir->init(TOP + "/one", Readdir->NAME);
	sys->print("union has %d entries\n", n);
	(a, n) = readdir->init(TOP + "/one", Readdir->NAME|Readdir->COMPACT);
	s := "";
	for(i = 0; i < n; i++)
		s += sys->sprint(" %s(%bd)", a[i].name, a[i].length);
	sys->print("compact %d:%s\n", n, s);
	sys->unmount(TOP + "/two", TOP + "/one");
	(nil, n) = readdir->init(TOP + "/none", Readdir->NAME);
	sys->print("missing dir gives %d\n", n);
	clean();
}
