#args: -a /tmp/q_dutree
implement Du;

include "sys.m";
	sys: Sys;
include "draw.m";

Du: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;
aflag := 0;
blocksize := big 1024;
nfiles := 0;
ndirs := 0;

Ent: adt {
	name:	string;
	isdir:	int;
	length:	big;
};

mkdir(path: string)
{
	fd := sys->create(path, Sys->OREAD, Sys->DMDIR | 8r755);
	if(fd == nil)
		sys->fprint(stderr, "du: mkdir %s: %r\n", path);
}

mkfile(path: string, size: int)
{
	fd := sys->create(path, Sys->OWRITE, 8r644);
	if(fd == nil){
		sys->fprint(stderr, "du: create %s: %r\n", path);
		return;
	}
	buf := array[size] of { * => byte 'x' };
	sys->write(fd, buf, size);
}

# remove a tree bottom-up so each run starts clean
rmtree(path: string)
{
	(ok, d) := sys->stat(path);
	if(ok < 0)
		return;
	if(d.mode & Sys->DMDIR){
		for(l := readdir(path); l != nil; l = tl l)
			rmtree(path + "/" + (hd l).name);
	}
	sys->remove(path);
}

# read a directory, sorted by name (insertion into a sorted list)
readdir(path: string): list of Ent
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return nil;
	sorted: list of Ent;
	for(;;){
		(n, dirs) := sys->dirread(fd);
		if(n <= 0)
			break;
		for(i := 0; i < n; i++){
			e := Ent(dirs[i].name, (dirs[i].mode & Sys->DMDIR) != 0, dirs[i].length);
			before: list of Ent;
			rest := sorted;
			while(rest != nil && (hd rest).name < e.name){
				before = hd rest :: before;
				rest = tl rest;
			}
			rest = e :: rest;
			for(; before != nil; before = tl before)
				rest = hd before :: rest;
			sorted = rest;
		}
	}
	return sorted;
}

blocks(n: big): big
{
	return (n + blocksize - big 1) / blocksize;
}

du(path: string, depth: int): big
{
	total := big 0;
	for(l := readdir(path); l != nil; l = tl l){
		e := hd l;
		p := path + "/" + e.name;
		if(e.isdir){
			ndirs++;
			total += du(p, depth+1);
		}else{
			nfiles++;
			b := blocks(e.length);
			total += b;
			if(aflag)
				sys->print("%-6bd %s\n", b, p);
		}
	}
	sys->print("%-6bd %s\n", total, path);
	return total;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);

	root := "/tmp/q_dutree";
	rmtree(root);
	mkdir(root);
	mkdir(root + "/src");
	mkdir(root + "/src/lib");
	mkdir(root + "/doc");
	mkdir(root + "/empty");
	mkfile(root + "/README", 100);
	mkfile(root + "/src/main.b", 5000);
	mkfile(root + "/src/util.b", 1024);
	mkfile(root + "/src/lib/big.dat", 70000);
	mkfile(root + "/src/lib/small", 1);
	mkfile(root + "/doc/guide.ms", 2049);
	mkfile(root + "/doc/zero", 0);
	mkdir(root + "/src");	# already exists: error to stderr

	argv = tl argv;
	for(; argv != nil && (hd argv)[0] == '-'; argv = tl argv)
		case hd argv {
		"-a" =>	aflag = 1;
		"-k" =>	blocksize = big 1024;
		"-b" =>	blocksize = big 1;
		* =>
			sys->fprint(stderr, "usage: du [-abk] dir...\n");
			raise "fail:usage";
		}
	if(argv == nil)
		argv = root :: nil;
	for(; argv != nil; argv = tl argv){
		(ok, d) := sys->stat(hd argv);
		if(ok < 0){
			sys->fprint(stderr, "du: %s: %r\n", hd argv);
			continue;
		}
		if(!(d.mode & Sys->DMDIR)){
			sys->print("%-6bd %s\n", blocks(d.length), hd argv);
			continue;
		}
		du(hd argv, 0);
	}
	sys->print("%d files in %d subdirectories\n", nfiles, ndirs);
	blocksize = big 1;
	aflag = 0;
	nfiles = ndirs = 0;
	sys->print("bytes: %bd\n", du(root + "/src", 0));
	rmtree(root);
	(ok, nil) := sys->stat(root);
	sys->print("after cleanup stat returns %d\n", ok);
}
