implement Kerrors;

include "sys.m";
	sys: Sys;
include "draw.m";

Kerrors: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

DIR: con "/tmp/k20_errors";
nfail := 0;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(DIR+"/full", Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(DIR+"/full/inside", Sys->OWRITE, 8r644);
	f := sys->create(DIR+"/plain", Sys->OWRITE, 8r644);
	sys->fprint(f, "hello\n");
	f = nil;
	sys->chdir(DIR);

	check("open missing file", sys->open("nosuch", Sys->OREAD) != nil);
	check("open in missing dir", sys->open("nodir/file", Sys->OREAD) != nil);
	check("open through a file", sys->open("plain/x", Sys->OREAD) != nil);
	check("create in missing dir", sys->create("nodir/file", Sys->OWRITE, 8r644) != nil);
	check("exclusive create of existing", sys->create("plain", Sys->OWRITE|Sys->OEXCL, 8r644) != nil);
	check("open dir for writing", sys->open("full", Sys->OWRITE) != nil);
	check("remove missing", sys->remove("nosuch") == 0);
	check("remove non-empty dir", sys->remove("full") == 0);
	check("chdir to missing", sys->chdir("nosuch") == 0);
	check("stat missing", statok("gone/too"));
	check("unmount nothing mounted", sys->unmount(nil, DIR+"/full") == 0);
	check("bind missing source", sys->bind("nosuch", "full", Sys->MREPL) == 0);

	rd := sys->open("plain", Sys->OREAD);
	check("write to read-only fd", sys->write(rd, array of byte "x", 1) == 1);
	wr := sys->open("plain", Sys->OWRITE);
	check("read from write-only fd", sys->read(wr, array[4] of byte, 4) >= 0);
	(n, nil) := sys->dirread(rd);
	check("dirread of a plain file", n >= 0);
	check("seek before start", sys->seek(rd, big -1, Sys->SEEKSTART) >= big 0);
	rd = wr = nil;

	# werrstr sets the string that %r reports
	sys->werrstr("custom failure number 42");
	sys->print("%-30s -> %r\n", "werrstr");
	# a successful call does not clear the error string
	sys->open("plain", Sys->OREAD);
	sys->print("%-30s -> %r\n", "after a success");

	sys->print("%d failures seen\n", nfail);

	sys->chdir("/");
	sys->remove(DIR+"/full/inside");
	sys->remove(DIR+"/full");
	sys->remove(DIR+"/plain");
	sys->remove(DIR);
}

statok(p: string): int
{
	(ok, nil) := sys->stat(p);
	return ok >= 0;
}

check(what: string, succeeded: int)
{
	if(succeeded)
		sys->print("%-30s -> unexpectedly succeeded\n", what);
	else{
		nfail++;
		sys->print("%-30s -> %r\n", what);
	}
}
