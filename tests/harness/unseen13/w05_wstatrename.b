implement WstatRename;

include "sys.m";
	sys: Sys;
include "draw.m";

WstatRename: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

report(path: string)
{
	(ok, d) := sys->stat(path);
	if(ok < 0)
		sys->print("  %s: absent (%r)\n", path);
	else
		sys->print("  %s: len %bd mode %uo\n", path, d.length, d.mode & 8r777);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	old := "/tmp/w_05old";
	new := "/tmp/w_05new";
	sys->remove(new);
	fd := sys->create(old, Sys->OWRITE, 8r666);
	if(fd == nil){
		sys->print("create: %r\n");
		exit;
	}
	msg := "0123456789abcdefghij";
	sys->fprint(fd, "%s", msg);
	fd = nil;
	sys->print("initial:\n");
	report(old);

	# rename using a nulldir with only the name changed
	d := sys->nulldir;
	d.name = "w_05new";
	if(sys->wstat(old, d) < 0)
		sys->print("rename failed: %r\n");
	sys->print("after rename:\n");
	report(old);
	report(new);

	# truncate via length
	d = sys->nulldir;
	d.length = big 7;
	if(sys->wstat(new, d) < 0)
		sys->print("truncate failed: %r\n");
	# change permissions
	d = sys->nulldir;
	d.mode = 8r604;
	if(sys->wstat(new, d) < 0)
		sys->print("chmod failed: %r\n");
	sys->print("after truncate+chmod:\n");
	report(new);

	fd = sys->open(new, Sys->OREAD);
	buf := array[64] of byte;
	n := sys->read(fd, buf, len buf);
	sys->print("contents: %s\n", string buf[0:n]);

	# fwstat on an open descriptor: extend the file
	fd = sys->open(new, Sys->ORDWR);
	d = sys->nulldir;
	d.length = big 12;
	r := sys->fwstat(fd, d);
	sys->print("fwstat extend: %d\n", r);
	n = sys->pread(fd, buf, len buf, big 0);
	sys->print("now %d bytes:", n);
	for(i := 0; i < n; i++)
		if(buf[i] == byte 0)
			sys->print(" .");
		else
			sys->print(" %c", int buf[i]);
	sys->print("\n");
	fd = nil;

	# wstat of a missing file
	if(sys->wstat(old, sys->nulldir) < 0)
		sys->print("wstat missing: %r\n");
	sys->remove(new);
	report(new);
}
