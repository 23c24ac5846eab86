implement DirRead;

include "sys.m";
	sys: Sys;
include "draw.m";

DirRead: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

D: con "/tmp/u036-tree";

listing(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return "cannot open";
	names: list of string;
	total := 0;
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n <= 0)
			break;
		for(i := 0; i < n; i++){
			names = d[i].name :: names;
			total++;
		}
	}
	# sort the names (insertion into a list)
	sorted: list of string;
	for(; names != nil; names = tl names)
		sorted = insert(hd names, sorted);
	s := string total + ":";
	for(; sorted != nil; sorted = tl sorted)
		s += " " + hd sorted;
	return s;
}

insert(x: string, l: list of string): list of string
{
	if(l == nil || x < hd l)
		return x :: l;
	return hd l :: insert(x, tl l);
}

mk(path: string, dir: int)
{
	if(dir)
		sys->create(path, Sys->OREAD, Sys->DMDIR|8r755);
	else
		sys->create(path, Sys->OWRITE, 8r644);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	mk(D, 1);
	sys->print("empty dir: %s\n", listing(D));
	fd := sys->open(D, Sys->OREAD);
	(n, d) := sys->dirread(fd);
	sys->print("dirread of empty: n=%d array nil=%d\n", n, d == nil);
	(n, d) = sys->dirread(fd);
	sys->print("again: n=%d\n", n);
	fd = nil;
	mk(D + "/zeta", 0);
	mk(D + "/alpha", 0);
	mk(D + "/sub", 1);
	mk(D + "/sub/leaf", 0);
	sys->print("populated: %s\n", listing(D));
	sys->print("sub: %s\n", listing(D + "/sub"));
	sys->werrstr("");
	r := sys->remove(D + "/sub");
	sys->print("remove non-empty sub: %d (%r)\n", r);
	sys->werrstr("");
	r = sys->remove(D);
	sys->print("remove non-empty top: %d (%r)\n", r);
	sys->print("still there: %s\n", listing(D));
	sys->print("remove leaf: %d\n", sys->remove(D + "/sub/leaf"));
	sys->print("remove sub now: %d\n", sys->remove(D + "/sub"));
	sys->print("remove files: %d %d\n", sys->remove(D + "/zeta"), sys->remove(D + "/alpha"));
	sys->print("remove top: %d\n", sys->remove(D));
	sys->print("after: %s\n", listing(D));
}
