implement Krmr;

include "sys.m";
	sys: Sys;
include "draw.m";

Krmr: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

ROOT: con "/tmp/k03_rmr";

nfiles := 0;
ndirs := 0;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	# build a tree: ROOT/d<i>/s<j>/f<k>, with varying fan-out
	mk(ROOT);
	for(i := 0; i < 3; i++){
		di := ROOT + "/d" + string i;
		mk(di);
		for(j := 0; j <= i; j++){
			sj := di + "/s" + string j;
			mk(sj);
			for(k := 0; k < i+j+1; k++)
				touch(sj + "/f" + string k, i*100+j*10+k);
		}
		touch(di + "/top.txt", i);
	}
	mk(ROOT + "/empty");
	sys->print("built tree\n");

	# plain remove of a non-empty directory must fail
	if(sys->remove(ROOT + "/d1") < 0)
		sys->print("rm d1: %r\n");
	if(sys->remove(ROOT + "/empty") == 0)
		sys->print("rm empty: ok\n");
	if(sys->remove(ROOT + "/ghost") < 0)
		sys->print("rm ghost: %r\n");

	rmr(ROOT + "/d1", 1);
	(ok, nil) := sys->stat(ROOT + "/d1");
	sys->print("d1 still there: %d\n", ok >= 0);
	(ok, nil) = sys->stat(ROOT + "/d2/s1/f2");
	sys->print("d2/s1/f2 still there: %d\n", ok >= 0);

	nfiles = ndirs = 0;
	rmr(ROOT, 0);
	sys->print("removed %d files and %d directories quietly\n", nfiles, ndirs);
	(ok, nil) = sys->stat(ROOT);
	sys->print("root still there: %d\n", ok >= 0);
}

mk(p: string)
{
	if(sys->create(p, Sys->OREAD, Sys->DMDIR|8r775) == nil)
		sys->print("mkdir %s: %r\n", p);
}

touch(p: string, n: int)
{
	fd := sys->create(p, Sys->OWRITE, 8r664);
	sys->fprint(fd, "%d\n", n);
}

rel(p: string): string
{
	if(p == ROOT)
		return ".";
	return p[len ROOT+1:];
}

sortnames(a: array of string)
{
	for(i := 0; i < len a; i++)
		for(j := i+1; j < len a; j++)
			if(a[j] < a[i]){
				t := a[i];
				a[i] = a[j];
				a[j] = t;
			}
}

rmr(p: string, verbose: int)
{
	(ok, d) := sys->stat(p);
	if(ok < 0){
		sys->print("rm %s: %r\n", rel(p));
		return;
	}
	if(d.mode & Sys->DMDIR){
		fd := sys->open(p, Sys->OREAD);
		names: list of string;
		cnt := 0;
		for(;;){
			(n, dirs) := sys->dirread(fd);
			if(n <= 0)
				break;
			for(i := 0; i < n; i++){
				names = dirs[i].name :: names;
				cnt++;
			}
		}
		fd = nil;
		a := array[cnt] of string;
		for(i := 0; names != nil; names = tl names)
			a[i++] = hd names;
		sortnames(a);
		for(i = 0; i < len a; i++)
			rmr(p + "/" + a[i], verbose);
		ndirs++;
	}else
		nfiles++;
	if(sys->remove(p) < 0)
		sys->print("rm %s: %r\n", rel(p));
	else if(verbose)
		sys->print("removed %s\n", rel(p));
}
