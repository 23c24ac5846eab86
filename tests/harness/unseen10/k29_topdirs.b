implement Ktopdirs;

include "sys.m";
	sys: Sys;
include "draw.m";

Ktopdirs: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

ROOT: con "/tmp/k29_topdirs";
TOP: con 5;

Usage: adt {
	name:	string;
	bytes:	big;
	files:	int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(ROOT, Sys->OREAD, Sys->DMDIR|8r755);
	projects := array[] of {("kernel", 5, 700), ("shell", 3, 250), ("editor", 4, 410), ("games", 2, 90)};
	for(i := 0; i < len projects; i++){
		(name, nfiles, size) := projects[i];
		d := ROOT+"/"+name;
		sys->create(d, Sys->OREAD, Sys->DMDIR|8r755);
		for(j := 0; j < nfiles; j++){
			fd := sys->create(d+"/part"+string j, Sys->OWRITE, 8r644);
			n := size + j * 13;
			sys->write(fd, array[n] of {* => byte '#'}, n);
		}
	}

	usage := survey(ROOT);
	# rank by bytes, descending
	for(i = 1; i < len usage; i++)
		for(j := i; j > 0 && usage[j].bytes > usage[j-1].bytes; j--)
			(usage[j], usage[j-1]) = (usage[j-1], usage[j]);

	# tidy up before reporting
	for(i = 0; i < len usage; i++){
		for(j := 0; j < usage[i].files; j++)
			sys->remove(ROOT+"/"+usage[i].name+"/part"+string j);
		sys->remove(ROOT+"/"+usage[i].name);
	}
	sys->remove(ROOT);
	(ok, nil) := sys->stat(ROOT);
	sys->print("tree removed: %d\n", ok < 0);

	sys->print("top %d directories by size:\n", TOP);
	# bug: assumes there are at least TOP directories
	for(i = 0; i < TOP; i++)
		sys->print("%d. %-8s %6bd bytes in %d files\n", i+1, usage[i].name, usage[i].bytes, usage[i].files);
	sys->print("not reached\n");
}

survey(root: string): array of ref Usage
{
	fd := sys->open(root, Sys->OREAD);
	r: list of ref Usage;
	n := 0;
	for(;;){
		(k, d) := sys->dirread(fd);
		if(k <= 0)
			break;
		for(i := 0; i < k; i++){
			if((d[i].mode & Sys->DMDIR) == 0)
				continue;
			u := ref Usage(d[i].name, big 0, 0);
			sub := sys->open(root+"/"+d[i].name, Sys->OREAD);
			for(;;){
				(m, e) := sys->dirread(sub);
				if(m <= 0)
					break;
				for(j := 0; j < m; j++){
					u.bytes += e[j].length;
					u.files++;
				}
			}
			r = u :: r;
			n++;
		}
	}
	a := array[n] of ref Usage;
	for(; r != nil; r = tl r)
		a[--n] = hd r;
	return a;
}
