implement P25;
include "sys.m";
	sys: Sys;
include "draw.m";
P25: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

DIR: con "/tmp/unseen3-p25-dir";

sortdirs(a: array of Sys->Dir)
{
	for(i := 1; i < len a; i++)
		for(j := i; j > 0 && a[j-1].name > a[j].name; j--)
			(a[j-1], a[j]) = (a[j], a[j-1]);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(DIR, Sys->OREAD, Sys->DMDIR | 8r755);
	if(fd == nil){
		sys->print("mkdir failed: %r\n");
		return;
	}
	fd = nil;
	names := array[] of {"zeta", "alpha", "mid.txt", "Émile"};
	for(i := 0; i < len names; i++){
		f := sys->create(DIR + "/" + names[i], Sys->OWRITE, 8r600);
		b := array of byte names[i];
		sys->write(f, b, len b);
	}
	sub := sys->create(DIR + "/subdir", Sys->OREAD, Sys->DMDIR | 8r700);
	sub = nil;
	dfd := sys->open(DIR, Sys->OREAD);
	all: array of Sys->Dir;
	for(;;){
		(n, d) := sys->dirread(dfd);
		if(n <= 0)
			break;
		na := array[len all + n] of Sys->Dir;
		na[0:] = all;
		na[len all:] = d[0:n];
		all = na;
	}
	sortdirs(all);
	sys->print("%d entries\n", len all);
	for(i = 0; i < len all; i++){
		d := all[i];
		kind := "file";
		if(d.mode & Sys->DMDIR)
			kind = "dir";
		if(d.qid.qtype & Sys->QTDIR)
			kind += "/qtdir";
		sys->print("%-10s %s len %bd perm %o\n", d.name, kind, d.length, d.mode & 8r777);
	}
	sys->print("rm nonempty %d\n", sys->remove(DIR));
	for(i = 0; i < len all; i++)
		sys->remove(DIR + "/" + all[i].name);
	sys->print("rm dir %d\n", sys->remove(DIR));
	(ok, nil) := sys->stat(DIR);
	sys->print("stat after %d\n", ok);
}
