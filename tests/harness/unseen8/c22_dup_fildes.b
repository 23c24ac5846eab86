implement DupFildes;

include "sys.m";
	sys: Sys;
include "draw.m";

DupFildes: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

LOG: con "/tmp/c22_dup_capture.txt";

slurp(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return "<unreadable>";
	s := "";
	buf := array[32] of byte;
	while((n := sys->read(fd, buf, len buf)) > 0)
		s += string buf[0:n];
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	# keep a copy of standard output
	saved := sys->dup(1, -1);
	sys->print("saved copy is a new descriptor: %d\n", saved > 2);

	f := sys->create(LOG, Sys->OWRITE, 8r644);
	if(f == nil) {
		sys->print("create: %r\n");
		return;
	}

	# redirect fd 1 into the file
	if(sys->dup(f.fd, 1) < 0) {
		sys->print("dup: %r\n");
		return;
	}
	sys->print("captured line one\n");
	sys->print("captured %d + %d = %d\n", 2, 3, 2 + 3);
	out := sys->fildes(1);
	sys->fprint(out, "written through fildes(1)\n");

	# restore
	sys->dup(saved, 1);
	sys->print("back on the console\n");

	f = nil;
	out = nil;
	captured := slurp(LOG);
	sys->print("file got %d bytes:\n%s", len captured, captured);

	# two descriptors of the same open file share the offset
	g := sys->open(LOG, Sys->OREAD);
	n2 := sys->dup(g.fd, -1);
	h := sys->fildes(n2);
	b := array[9] of byte;
	sys->read(g, b, len b);
	sys->print("via g: %q\n", string b);
	sys->read(h, b, len b);
	sys->print("via dup: %q\n", string b);
	sys->print("offset seen by g: %bd\n", sys->seek(g, big 0, Sys->SEEKRELA));

	# an independent open has its own offset
	k := sys->open(LOG, Sys->OREAD);
	sys->read(k, b, len b);
	sys->print("via fresh open: %q\n", string b);

	# bad descriptors
	if(sys->dup(987, -1) < 0)
		sys->print("dup of unused fd fails: %r\n");
	bad := sys->fildes(987);
	sys->print("fildes of unused fd is nil: %d\n", bad == nil);

	g = h = k = nil;
	sys->remove(LOG);
	(ok, nil) := sys->stat(LOG);
	sys->print("log removed: %d\n", ok < 0);
}
