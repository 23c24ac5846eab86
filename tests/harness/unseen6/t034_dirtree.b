implement DirTree;

include "sys.m";
	sys: Sys;
include "draw.m";
include "readdir.m";
	readdir: Readdir;

DirTree: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

ROOT: con "/tmp/t034tree";

Spec: adt {
	path:	string;
	isdir:	int;
	size:	int;
};

specs := array[] of {
	Spec("src", 1, 0),
	Spec("src/main.b", 0, 420),
	Spec("src/util.b", 0, 95),
	Spec("src/lib", 1, 0),
	Spec("src/lib/fmt.b", 0, 1200),
	Spec("README", 0, 64),
	Spec("mkfile", 0, 230),
	Spec("zdata.bin", 0, 4096),
	Spec("docs", 1, 0),
	Spec("docs/ünïcode.txt", 0, 12),
};

mktree()
{
	if(sys->create(ROOT, Sys->OREAD, Sys->DMDIR|8r755) == nil)
		raise sys->sprint("fail:create root");
	for(i := 0; i < len specs; i++){
		s := specs[i];
		p := ROOT + "/" + s.path;
		if(s.isdir){
			sys->create(p, Sys->OREAD, Sys->DMDIR|8r755);
			continue;
		}
		fd := sys->create(p, Sys->OWRITE, 8r644);
		buf := array[s.size] of {* => byte 'x'};
		sys->write(fd, buf, len buf);
	}
}

# recursive walk; returns (files, bytes)
walk(dir: string, depth: int): (int, big)
{
	(d, n) := readdir->init(dir, Readdir->NAME);
	files := 0;
	bytes := big 0;
	for(i := 0; i < n; i++){
		e := d[i];
		indent := "";
		for(k := 0; k < depth; k++)
			indent += "  ";
		if(e.mode & Sys->DMDIR){
			sys->print("%s%s/\n", indent, e.name);
			(f, b) := walk(dir + "/" + e.name, depth+1);
			files += f;
			bytes += b;
		}else{
			sys->print("%s%-14s %6bd\n", indent, e.name, e.length);
			files++;
			bytes += e.length;
		}
	}
	return (files, bytes);
}

rmtree(dir: string)
{
	(d, n) := readdir->init(dir, Readdir->NONE);
	for(i := 0; i < n; i++){
		p := dir + "/" + d[i].name;
		if(d[i].mode & Sys->DMDIR)
			rmtree(p);
		else
			sys->remove(p);
	}
	sys->remove(dir);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	readdir = load Readdir Readdir->PATH;
	mktree();
	(files, bytes) := walk(ROOT, 0);
	sys->print("%d files, %bd bytes\n", files, bytes);
	(d, n) := readdir->init(ROOT, Readdir->SIZE|Readdir->DESCENDING);
	s := "";
	for(i := 0; i < n; i++)
		if((d[i].mode & Sys->DMDIR) == 0)
			s += sys->sprint(" %s(%bd)", d[i].name, d[i].length);
	sys->print("by size desc:%s\n", s);
	(d, n) = readdir->init(ROOT, Readdir->NAME|Readdir->DESCENDING);
	s = "";
	for(i = 0; i < n; i++)
		s += " " + d[i].name;
	sys->print("by name desc:%s\n", s);
	(nil, missing) := readdir->init(ROOT + "/nonexistent", Readdir->NAME);
	sys->print("missing dir count: %d\n", missing);
	rmtree(ROOT);
	(nil, gone) := sys->stat(ROOT);
	sys->print("removed: %d\n", gone.name == nil);
}
