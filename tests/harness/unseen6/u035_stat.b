implement Stat;

include "sys.m";
	sys: Sys;
include "draw.m";

Stat: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

D: con "/tmp/u035-stat";

describe(path: string)
{
	(ok, d) := sys->stat(path);
	if(ok < 0){
		sys->print("%s: no stat\n", path);
		return;
	}
	kind := "file";
	if(d.mode & Sys->DMDIR)
		kind = "dir";
	extra := "";
	if(kind == "file")
		extra = " length=" + string d.length;
	sys->print("%s: name=%s %s perm=%uo qtdir=%d%s\n", path, d.name, kind, d.mode & 8r777,
		(d.qid.qtype & Sys->QTDIR) != 0, extra);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(D, Sys->OREAD, Sys->DMDIR|8r750);
	fd := sys->create(D + "/data.txt", Sys->OWRITE, 8r640);
	msg := array of byte "twelve bytes";
	sys->write(fd, msg, len msg);
	fd = nil;
	fd = sys->create(D + "/empty", Sys->OWRITE, 8r600);
	fd = nil;
	describe(D);
	describe(D + "/data.txt");
	describe(D + "/empty");
	describe(D + "/missing");
	describe(D + "/./data.txt");
	describe(D + "/../u035-stat/empty");
	(nil, d) := sys->stat(D + "/data.txt");
	nd := sys->nulldir;
	nd.mode = 8r604;
	sys->print("wstat mode: %d\n", sys->wstat(D + "/data.txt", nd));
	describe(D + "/data.txt");
	nd = sys->nulldir;
	nd.length = big 5;
	sys->print("wstat truncate: %d\n", sys->wstat(D + "/data.txt", nd));
	describe(D + "/data.txt");
	nd = sys->nulldir;
	nd.name = "renamed.txt";
	sys->print("wstat rename: %d\n", sys->wstat(D + "/data.txt", nd));
	describe(D + "/data.txt");
	describe(D + "/renamed.txt");
	fd = sys->open(D + "/renamed.txt", Sys->OREAD);
	(nil, d) = sys->fstat(fd);
	sys->print("fstat name=%s length=%bd\n", d.name, d.length);
	fd = nil;
	sys->remove(D + "/renamed.txt");
	sys->remove(D + "/empty");
	sys->remove(D);
	describe(D);
}
