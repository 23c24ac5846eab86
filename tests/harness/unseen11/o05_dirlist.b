implement DirList;

include "sys.m";
	sys: Sys;
include "draw.m";

DirList: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

ROOT: con "/tmp/o_05dir";
stderr: ref Sys->FD;

mkfile(path: string, size: int, perm: int)
{
	fd := sys->create(path, Sys->OWRITE, perm);
	if(fd == nil){
		sys->fprint(stderr, "create %s: %r\n", path);
		return;
	}
	b := array[size] of byte;
	for(i := 0; i < size; i++)
		b[i] = byte ('a' + i % 26);
	sys->write(fd, b, size);
}

mkdir(path: string): int
{
	fd := sys->create(path, Sys->OREAD, Sys->DMDIR | 8r755);
	if(fd == nil){
		sys->fprint(stderr, "mkdir %s: %r\n", path);
		return -1;
	}
	return 0;
}

readdir(path: string): array of Sys->Dir
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
	# insertion sort by name
	for(i := 1; i < len all; i++){
		x := all[i];
		j := i;
		while(j > 0 && all[j-1].name > x.name){
			all[j] = all[j-1];
			j--;
		}
		all[j] = x;
	}
	return all;
}

modestr(m: int): string
{
	s := "-";
	if(m & Sys->DMDIR)
		s = "d";
	rwx := "rwx";
	for(i := 8; i >= 0; i--){
		if(m & (1<<i))
			s[len s] = rwx[(8-i)%3];
		else
			s[len s] = '-';
	}
	return s;
}

# walk the tree, print it, and return total bytes
walk(path: string, depth: int): big
{
	total := big 0;
	d := readdir(path);
	for(i := 0; i < len d; i++){
		indent := "";
		for(k := 0; k < depth; k++)
			indent += "  ";
		sys->print("%s%s %6bd %s\n", indent, modestr(d[i].mode), d[i].length, d[i].name);
		if(d[i].qid.qtype & Sys->QTDIR)
			total += walk(path + "/" + d[i].name, depth+1);
		else
			total += d[i].length;
	}
	return total;
}

# remove children first
nuke(path: string)
{
	d := readdir(path);
	for(i := 0; i < len d; i++){
		p := path + "/" + d[i].name;
		if(d[i].mode & Sys->DMDIR)
			nuke(p);
		else if(sys->remove(p) < 0)
			sys->fprint(stderr, "remove %s: %r\n", p);
	}
	sys->remove(path);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	nuke(ROOT);	# leftovers from an earlier run
	if(mkdir(ROOT) < 0)
		raise "fail:mkdir";
	mkfile(ROOT+"/zeta.txt", 100, 8r644);
	mkfile(ROOT+"/alpha.txt", 5, 8r600);
	mkfile(ROOT+"/empty", 0, 8r644);
	mkdir(ROOT+"/sub");
	mkfile(ROOT+"/sub/inner.b", 1234, 8r755);
	mkdir(ROOT+"/sub/deeper");
	mkfile(ROOT+"/sub/deeper/leaf", 77, 8r640);
	mkfile(ROOT+"/mid.log", 4096, 8r644);

	sys->print("%s:\n", ROOT);
	total := walk(ROOT, 1);
	sys->print("total bytes %bd\n", total);

	(ok, d) := sys->stat(ROOT+"/sub/inner.b");
	if(ok == 0)
		sys->print("inner.b: len %bd isdir %d\n", d.length, (d.mode & Sys->DMDIR) != 0);
	(ok, nil) = sys->stat(ROOT+"/nonexistent");
	sys->print("stat nonexistent: %d\n", ok);

	nuke(ROOT);
	(ok, nil) = sys->stat(ROOT);
	sys->print("cleaned up: %d\n", ok < 0);
}
