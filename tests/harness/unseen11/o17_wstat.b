implement WStat;

include "sys.m";
	sys: Sys;
include "draw.m";

WStat: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

DIR: con "/tmp/o_17";
stderr: ref Sys->FD;

show(path: string)
{
	(ok, d) := sys->stat(path);
	if(ok < 0){
		sys->print("  %-22s missing (%r)\n", path);
		return;
	}
	kind := "file";
	if(d.qid.qtype & Sys->QTDIR)
		kind = "dir";
	sys->print("  %-22s %-4s len=%-5bd mode=%uo\n", path, kind, d.length, d.mode & 8r777);
}

contents(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return "<unreadable>";
	buf := array[100] of byte;
	n := sys->read(fd, buf, len buf);
	if(n < 0)
		return "<read error>";
	return string buf[0:n];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	for(l := list of {"draft.txt", "final.txt", "copy.txt"}; l != nil; l = tl l)
		sys->remove(DIR + "/" + hd l);
	sys->remove(DIR);
	if(sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755) == nil){
		sys->fprint(stderr, "mkdir: %r\n");
		raise "fail:mkdir";
	}
	fd := sys->create(DIR + "/draft.txt", Sys->OWRITE, 8r644);
	sys->fprint(fd, "The first line of the draft.\nA second, longer line follows.\n");
	fd = nil;
	sys->print("created:\n");
	show(DIR + "/draft.txt");

	# rename: only the name field changes
	d := sys->nulldir;
	d.name = "final.txt";
	if(sys->wstat(DIR + "/draft.txt", d) < 0)
		sys->fprint(stderr, "rename: %r\n");
	sys->print("renamed:\n");
	show(DIR + "/draft.txt");
	show(DIR + "/final.txt");

	# chmod
	d = sys->nulldir;
	d.mode = 8r600;
	sys->wstat(DIR + "/final.txt", d);
	sys->print("chmod 600:\n");
	show(DIR + "/final.txt");

	# truncate through fwstat on an open descriptor
	fd = sys->open(DIR + "/final.txt", Sys->ORDWR);
	d = sys->nulldir;
	d.length = big 29;
	if(sys->fwstat(fd, d) < 0)
		sys->fprint(stderr, "truncate: %r\n");
	(nil, fdir) := sys->fstat(fd);
	sys->print("truncated via fwstat: len %bd\n", fdir.length);
	sys->print("  text: %s", contents(DIR + "/final.txt"));

	# ORCLOSE removes the file when the last reference goes
	fd = sys->create(DIR + "/copy.txt", Sys->ORDWR|Sys->ORCLOSE, 8r644);
	sys->fprint(fd, "temporary\n");
	show(DIR + "/copy.txt");
	fd = nil;
	sys->print("after closing ORCLOSE file:\n");
	show(DIR + "/copy.txt");

	# renaming onto an existing name fails
	fd = sys->create(DIR + "/draft.txt", Sys->OWRITE, 8r644);
	fd = nil;
	d = sys->nulldir;
	d.name = "final.txt";
	if(sys->wstat(DIR + "/draft.txt", d) < 0)
		sys->print("rename onto existing file refused\n");
	else
		sys->print("rename onto existing file allowed\n");

	# directory listing shows what survived
	dfd := sys->open(DIR, Sys->OREAD);
	names: list of string;
	(n, ents) := sys->dirread(dfd);
	for(i := 0; i < n; i++)
		names = ents[i].name + sys->sprint("(%bd)", ents[i].length) :: names;
	sys->print("directory has %d entries:", n);
	for(; names != nil; names = tl names)
		sys->print(" %s", hd names);
	sys->print("\n");

	sys->remove(DIR + "/draft.txt");
	sys->remove(DIR + "/final.txt");
	if(sys->remove(DIR) < 0)
		sys->fprint(stderr, "rmdir: %r\n");
	show(DIR);
}
