implement DirTree;

include "sys.m";
	sys: Sys;
include "draw.m";
include "readdir.m";
	readdir: Readdir;

DirTree: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

ROOT: con "/tmp/r_tree";

# path, size in bytes (-1 for a directory)
layout := array[] of {
	("notes.txt", 120),
	("src", -1),
	("src/main.b", 900),
	("src/util.b", 333),
	("src/old", -1),
	("src/old/main.b.orig", 850),
	("README", 45),
	("empty", 0),
	("data", -1),
	("data/big.bin", 4096),
	("data/small.bin", 17),
};

# set the mode explicitly, so the host's umask doesn't matter
chmod(path: string, mode: int): int
{
	d := sys->nulldir;
	d.mode = mode;
	return sys->wstat(path, d);
}

mkfile(path: string, size: int): int
{
	if(size < 0){
		fd := sys->create(path, Sys->OREAD, Sys->DMDIR | 8r755);
		return fd == nil || chmod(path, Sys->DMDIR | 8r755) < 0;
	}
	fd := sys->create(path, Sys->OWRITE, 8r644);
	if(fd == nil || chmod(path, 8r640 | (size & 4)) < 0)
		return 1;
	buf := array[size] of byte;
	for(i := 0; i < size; i++)
		buf[i] = byte ('a' + i % 26);
	return sys->write(fd, buf, size) != size;
}

# remove a tree depth first; quiet if it doesn't exist
rmtree(path: string)
{
	(dirs, n) := readdir->init(path, Readdir->NONE);
	for(i := 0; i < n; i++)
		rmtree(path + "/" + dirs[i].name);
	sys->remove(path);
}

kind(d: ref Sys->Dir): string
{
	if(d.mode & Sys->DMDIR)
		return "d";
	return "-";
}

perm(m: int): string
{
	s := "";
	rwx := "rwx";
	for(i := 8; i >= 0; i--)
		if(m & (1<<i))
			s[len s] = rwx[(8-i)%3];
		else
			s[len s] = '-';
	return s;
}

# print a tree, return total bytes of plain files below
walk(path: string, depth: int): big
{
	(dirs, n) := readdir->init(path, Readdir->NAME);
	if(n < 0){
		sys->fprint(sys->fildes(2), "dirtree: %s: %r\n", path);
		return big 0;
	}
	total := big 0;
	for(i := 0; i < n; i++){
		d := dirs[i];
		indent := "";
		for(j := 0; j < depth; j++)
			indent += "  ";
		if(d.mode & Sys->DMDIR){
			sys->print("%s%s%s %s/\n", kind(d), perm(d.mode), indent, d.name);
			sub := walk(path + "/" + d.name, depth+1);
			sys->print("%s%s  (%bd bytes in %s)\n", "          ", indent, sub, d.name);
			total += sub;
		}else{
			sys->print("%s%s%s %s %bd\n", kind(d), perm(d.mode), indent, d.name, d.length);
			total += d.length;
		}
	}
	return total;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	readdir = load Readdir Readdir->PATH;
	if(readdir == nil){
		sys->fprint(sys->fildes(2), "dirtree: load readdir: %r\n");
		raise "fail:load";
	}

	rmtree(ROOT);
	if(mkfile(ROOT, -1)){
		sys->fprint(sys->fildes(2), "dirtree: can't make %s: %r\n", ROOT);
		raise "fail:mkdir";
	}
	for(i := 0; i < len layout; i++){
		(p, sz) := layout[i];
		if(mkfile(ROOT + "/" + p, sz))
			sys->fprint(sys->fildes(2), "dirtree: create %s failed\n", p);
	}

	sys->print("tree of %s:\n", ROOT);
	total := walk(ROOT, 0);
	sys->print("total %bd bytes\n", total);

	sys->print("by size, largest first (top level):\n");
	(bysize, n) := readdir->init(ROOT, Readdir->SIZE | Readdir->DESCENDING);
	for(i = 0; i < n; i++)
		if((bysize[i].mode & Sys->DMDIR) == 0)
			sys->print("  %-10s %5bd\n", bysize[i].name, bysize[i].length);

	sys->print("by name, descending (src):\n");
	(byname, m) := readdir->init(ROOT + "/src", Readdir->NAME | Readdir->DESCENDING);
	suffix := array[] of {"", "/"};
	for(i = 0; i < m; i++)
		sys->print("  %s%s\n", byname[i].name, suffix[(byname[i].mode & Sys->DMDIR) != 0]);

	(ok, st) := sys->stat(ROOT + "/data/big.bin");
	if(ok == 0)
		sys->print("stat big.bin: %bd bytes, dir? %d\n", st.length, (st.mode & Sys->DMDIR) != 0);
	rmtree(ROOT);
	(ok, nil) = sys->stat(ROOT);
	sys->print("after cleanup, stat returns %d\n", ok);
	(nil, n) = readdir->init(ROOT, Readdir->NAME);
	sys->print("readdir of missing dir returns %d\n", n);
}
