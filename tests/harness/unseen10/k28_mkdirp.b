#args: a/b/c a/b/d x/y a/b a//e/ f/g/h/i
implement Kmkdirp;

include "sys.m";
	sys: Sys;
include "draw.m";

Kmkdirp: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

ROOT: con "/tmp/k28_mkdirp";

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	if(sys->create(ROOT, Sys->OREAD, Sys->DMDIR|8r755) == nil){
		sys->print("cannot make root: %r\n");
		return;
	}
	# a plain file that will block one of the paths
	fd := sys->create(ROOT+"/x", Sys->OWRITE, 8r644);
	sys->fprint(fd, "not a directory\n");
	fd = nil;

	for(args = tl args; args != nil; args = tl args){
		(made, err) := mkdirp(hd args);
		if(err != nil)
			sys->print("mkdir -p %s: %s (made %d)\n", hd args, err, made);
		else
			sys->print("mkdir -p %s: made %d\n", hd args, made);
	}
	sys->print("tree:\n");
	tree(ROOT, 1);
	(nd, nf) := rmall(ROOT);
	sys->print("removed %d directories, %d files\n", nd, nf);
}

mkdirp(path: string): (int, string)
{
	(nil, parts) := sys->tokenize(path, "/");
	cur := ROOT;
	made := 0;
	for(; parts != nil; parts = tl parts){
		cur += "/" + hd parts;
		(ok, d) := sys->stat(cur);
		if(ok >= 0){
			if((d.mode & Sys->DMDIR) == 0)
				return (made, cur[len ROOT+1:] + " exists and is not a directory");
			continue;
		}
		if(sys->create(cur, Sys->OREAD, Sys->DMDIR|8r755) == nil)
			return (made, sys->sprint("%r"));
		made++;
	}
	return (made, nil);
}

sorted(dir: string): array of Sys->Dir
{
	fd := sys->open(dir, Sys->OREAD);
	all := array[0] of Sys->Dir;
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n <= 0)
			break;
		t := array[len all + n] of Sys->Dir;
		t[0:] = all;
		t[len all:] = d[0:n];
		all = t;
	}
	for(i := 0; i < len all; i++)
		for(j := i+1; j < len all; j++)
			if(all[j].name < all[i].name){
				x := all[i];
				all[i] = all[j];
				all[j] = x;
			}
	return all;
}

tree(dir: string, depth: int)
{
	e := sorted(dir);
	for(i := 0; i < len e; i++){
		ind := "";
		for(k := 0; k < depth; k++)
			ind += "  ";
		if(e[i].mode & Sys->DMDIR){
			sys->print("%s%s/\n", ind, e[i].name);
			tree(dir+"/"+e[i].name, depth+1);
		}else
			sys->print("%s%s (%bd bytes)\n", ind, e[i].name, e[i].length);
	}
}

rmall(dir: string): (int, int)
{
	nd := nf := 0;
	e := sorted(dir);
	for(i := 0; i < len e; i++){
		p := dir+"/"+e[i].name;
		if(e[i].mode & Sys->DMDIR){
			(a, b) := rmall(p);
			nd += a;
			nf += b;
		}else if(sys->remove(p) == 0)
			nf++;
	}
	if(sys->remove(dir) == 0)
		nd++;
	return (nd, nf);
}
