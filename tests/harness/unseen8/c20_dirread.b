implement DirRead;

include "sys.m";
	sys: Sys;
include "draw.m";

DirRead: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

DIR: con "/tmp/c20_dirread_test";

sortdirs(a: array of Sys->Dir)
{
	for(i := 1; i < len a; i++) {
		d := a[i];
		j := i - 1;
		while(j >= 0 && a[j].name > d.name) {
			a[j + 1] = a[j];
			j--;
		}
		a[j + 1] = d;
	}
}

listdir(path: string): array of Sys->Dir
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil) {
		sys->print("open %s: failed\n", path[5:]);
		return nil;
	}
	all: array of Sys->Dir;
	for(;;) {
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

show(path: string)
{
	entries := listdir(path);
	sys->print("%s has %d entries\n", path[5:], len entries);
	for(i := 0; i < len entries; i++) {
		d := entries[i];
		if(d.mode & Sys->DMDIR)
			sys->print("  %-10s <dir>\n", d.name + "/");
		else
			sys->print("  %-10s %4bd bytes\n", d.name, d.length);
	}
}

mkfile(name: string, size: int)
{
	fd := sys->create(DIR + "/" + name, Sys->OWRITE, 8r644);
	if(fd == nil) {
		sys->print("create %s: failed\n", name);
		return;
	}
	buf := array[size] of {* => byte 'x'};
	sys->write(fd, buf, len buf);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(DIR, Sys->OREAD, Sys->DMDIR | 8r755);
	if(fd == nil) {
		sys->print("mkdir failed: %r\n");
		return;
	}
	fd = nil;
	show(DIR);

	names := array[] of {"zeta", "alpha", "mu", "beta", "omega", "delta"};
	for(i := 0; i < len names; i++)
		mkfile(names[i], (i + 1) * 37);
	sub := sys->create(DIR + "/nested", Sys->OREAD, Sys->DMDIR | 8r755);
	sub = nil;
	mkfile("nested/inner", 5);
	show(DIR);
	show(DIR + "/nested");

	# a non-empty directory cannot be removed
	if(sys->remove(DIR) < 0)
		sys->print("remove of non-empty dir refused\n");

	# remove every other file and list again
	for(i = 0; i < len names; i += 2)
		sys->remove(DIR + "/" + names[i]);
	show(DIR);

	# clean up recursively
	entries := listdir(DIR);
	for(i = 0; i < len entries; i++) {
		p := DIR + "/" + entries[i].name;
		if(entries[i].mode & Sys->DMDIR) {
			inner := listdir(p);
			for(j := 0; j < len inner; j++)
				sys->remove(p + "/" + inner[j].name);
		}
		sys->remove(p);
	}
	show(DIR);
	if(sys->remove(DIR) == 0)
		sys->print("directory removed\n");
	(ok, nil) := sys->stat(DIR);
	sys->print("stat after removal: %d\n", ok);
}
