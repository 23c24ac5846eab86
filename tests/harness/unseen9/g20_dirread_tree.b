implement DirreadTree;

include "sys.m";
	sys: Sys;
include "draw.m";

DirreadTree: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

ROOT: con "/tmp/g20_dirread_tree";

# build: ROOT/{a.txt, b/, b/c.txt, b/d/, b/d/e.txt, f.log}
mkdir(p: string)
{
	if(sys->create(ROOT + p, Sys->OREAD, Sys->DMDIR|8r755) == nil)
		sys->print("mkdir %s: %r\n", p);
}

mkfile(p: string, body: string)
{
	fd := sys->create(ROOT + p, Sys->OWRITE, 8r644);
	if(fd == nil){
		sys->print("create %s: %r\n", p);
		return;
	}
	sys->fprint(fd, "%s", body);
}

sortdirs(a: array of Sys->Dir)
{
	for(i := 1; i < len a; i++)
		for(j := i; j > 0 && a[j].name < a[j-1].name; j--){
			t := a[j];
			a[j] = a[j-1];
			a[j-1] = t;
		}
}

readall(path: string): array of Sys->Dir
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return nil;
	all: array of Sys->Dir;
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n <= 0)
			break;
		na := array[len all + n] of Sys->Dir;
		na[0:] = all;
		na[len all:] = d[0:n];
		all = na;
	}
	sortdirs(all);
	return all;
}

nfiles := 0;
nbytes := big 0;

walk(rel: string, depth: int)
{
	a := readall(ROOT + rel);
	for(i := 0; i < len a; i++){
		d := a[i];
		indent := "";
		for(k := 0; k < depth; k++)
			indent += "  ";
		if(d.mode & Sys->DMDIR){
			sys->print("%s%s/\n", indent, d.name);
			walk(rel + "/" + d.name, depth+1);
		}else{
			sys->print("%s%s (%bd)\n", indent, d.name, d.length);
			nfiles++;
			nbytes += d.length;
		}
	}
}

remove(rel: string)
{
	a := readall(ROOT + rel);
	for(i := 0; i < len a; i++){
		p := rel + "/" + a[i].name;
		if(a[i].mode & Sys->DMDIR)
			remove(p);
		else if(sys->remove(ROOT + p) < 0)
			sys->print("remove %s: %r\n", p);
	}
	if(sys->remove(ROOT + rel) < 0)
		sys->print("rmdir %s: %r\n", rel);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	mkdir("");
	mkfile("/a.txt", "alpha\n");
	mkdir("/b");
	mkfile("/b/c.txt", "charlie charlie\n");
	mkdir("/b/d");
	mkfile("/b/d/e.txt", "echo\n");
	mkfile("/b/d/empty", "");
	mkfile("/f.log", "log line 1\nlog line 2\n");
	mkdir("/z");

	sys->print("tree:\n");
	walk("", 1);
	sys->print("files=%d bytes=%bd\n", nfiles, nbytes);

	# dirread on a plain file
	fd := sys->open(ROOT + "/a.txt", Sys->OREAD);
	(n, nil) := sys->dirread(fd);
	sys->print("dirread on file -> %d\n", n);

	# directory cannot be removed while it has entries
	if(sys->remove(ROOT + "/b") < 0)
		sys->print("remove b failed (not empty)\n");
	remove("");
	(ok, nil) := sys->stat(ROOT);
	sys->print("root exists after cleanup: %d\n", ok == 0);
}
