implement DirRead;

include "sys.m";
	sys: Sys;
include "draw.m";

DirRead: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

sortdirs(a: array of Sys->Dir)
{
	for(i := 1; i < len a; i++)
		for(j := i; j > 0 && a[j-1].name > a[j].name; j--){
			t := a[j];
			a[j] = a[j-1];
			a[j-1] = t;
		}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	base := "/tmp/q008";
	names := array[] of {"zeta", "alpha", "mid", "beta.txt", "0first"};
	sys->create(base, Sys->OREAD, Sys->DMDIR|8r777);
	for(i := 0; i < len names; i++){
		fd := sys->create(base+"/"+names[i], Sys->OWRITE, 8r666);
		s := array[i*3] of { * => byte 'x' };
		sys->write(fd, s, len s);
	}
	sys->create(base+"/subdir", Sys->OREAD, Sys->DMDIR|8r777);
	fd := sys->open(base, Sys->OREAD);
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
	sys->print("%d entries\n", len all);
	for(i = 0; i < len all; i++){
		t := "-";
		if(all[i].mode & Sys->DMDIR)
			t = "d";
		if(all[i].mode & Sys->DMDIR)
			sys->print("%s %-10s\n", t, all[i].name);
		else
			sys->print("%s %-10s %3bd\n", t, all[i].name, all[i].length);
	}
	for(i = 0; i < len names; i++)
		sys->remove(base+"/"+names[i]);
	sys->remove(base+"/subdir");
	sys->print("remove base: %d\n", sys->remove(base));
}
