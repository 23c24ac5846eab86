implement Kmv;

include "sys.m";
	sys: Sys;
include "draw.m";

Kmv: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

ROOT: con "/tmp/k02_mv";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	mkdir(ROOT);
	mkdir(ROOT+"/box");
	names := array[] of {"alpha", "beta", "gamma", "delta"};
	for(i := 0; i < len names; i++)
		writestr(ROOT+"/"+names[i], sys->sprint("contents of %s\n", names[i]));
	writestr(ROOT+"/box/inner", "boxed\n");
	ls("start");

	mv("alpha", "omega");
	mv("beta", "beta.old");
	mv("nothere", "stillnot");
	mv("box", "crate");
	mv("gamma", "sub/dir/gamma");
	mv("delta", "a-much-longer-name-for-delta.txt");
	ls("after renames");

	# the renamed file keeps its contents
	sys->print("omega holds: %s", readstr(ROOT+"/omega"));
	sys->print("crate/inner holds: %s", readstr(ROOT+"/crate/inner"));
	(ok, nil) := sys->stat(ROOT+"/alpha");
	sys->print("stat alpha after move: %d\n", ok);

	# rename via fwstat on an open file
	fd := sys->open(ROOT+"/omega", Sys->OREAD);
	d := sys->nulldir;
	d.name = "zeta";
	if(sys->fwstat(fd, d) < 0)
		sys->print("fwstat: %r\n");
	fd = nil;
	ls("after fwstat");

	cleanup(ROOT);
	(ok, nil) = sys->stat(ROOT);
	sys->print("root exists at end: %d\n", ok >= 0);
}

mv(oldn, newn: string)
{
	for(i := 0; i < len newn; i++)
		if(newn[i] == '/'){
			sys->print("mv %s %s: cannot move across directories with wstat\n", oldn, newn);
			return;
		}
	d := sys->nulldir;
	d.name = newn;
	if(sys->wstat(ROOT+"/"+oldn, d) < 0){
		sys->print("mv %s %s: failed: %r\n", oldn, newn);
		return;
	}
	sys->print("mv %s %s: ok\n", oldn, newn);
}

ls(title: string)
{
	sys->print("-- %s --\n", title);
	fd := sys->open(ROOT, Sys->OREAD);
	all: array of Sys->Dir;
	for(;;){
		(n, dirs) := sys->dirread(fd);
		if(n <= 0)
			break;
		na := array[len all + n] of Sys->Dir;
		na[0:] = all;
		na[len all:] = dirs[0:n];
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
	for(i = 0; i < len all; i++){
		if(all[i].mode & Sys->DMDIR)
			sys->print("  %s/\n", all[i].name);
		else
			sys->print("  %s %bd\n", all[i].name, all[i].length);
	}
}

mkdir(p: string)
{
	fd := sys->create(p, Sys->OREAD, Sys->DMDIR|8r755);
	if(fd == nil)
		sys->print("mkdir %s: %r\n", p);
}

writestr(p, s: string)
{
	fd := sys->create(p, Sys->OWRITE, 8r644);
	b := array of byte s;
	sys->write(fd, b, len b);
}

readstr(p: string): string
{
	fd := sys->open(p, Sys->OREAD);
	if(fd == nil)
		return sys->sprint("<%r>\n");
	buf := array[256] of byte;
	n := sys->read(fd, buf, len buf);
	if(n < 0)
		n = 0;
	return string buf[0:n];
}

cleanup(p: string)
{
	(ok, d) := sys->stat(p);
	if(ok < 0)
		return;
	if(d.mode & Sys->DMDIR){
		fd := sys->open(p, Sys->OREAD);
		for(;;){
			(n, dirs) := sys->dirread(fd);
			if(n <= 0)
				break;
			for(i := 0; i < n; i++)
				cleanup(p+"/"+dirs[i].name);
		}
	}
	sys->remove(p);
}
