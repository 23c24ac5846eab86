implement DupFds;

include "sys.m";
	sys: Sys;
include "draw.m";

DupFds: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	out := sys->fildes(1);
	sys->print("stdout is fd %d\n", out.fd);

	# duplicate stdout onto a chosen number
	r := sys->dup(1, 7);
	sys->print("dup(1, 7) = %d\n", r);
	f7 := sys->fildes(7);
	sys->fprint(f7, "hello through fd 7\n");

	# dup onto the lowest free slot
	n := sys->dup(1, -1);
	sys->print("dup(1, -1) returned a new fd (>2: %d)\n", n > 2);

	# redirect fd 1 into a file temporarily
	path := "/tmp/w_07capture";
	cfd := sys->create(path, Sys->ORDWR, 8r644);
	saved := sys->dup(1, -1);
	sys->dup(cfd.fd, 1);
	sys->print("this line goes to the file\n");
	sys->print("so does this one: %d\n", 42);
	sys->dup(saved, 1);
	sys->print("stdout restored\n");

	buf := array[256] of byte;
	m := sys->pread(cfd, buf, len buf, big 0);
	sys->print("captured %d bytes:\n", m);
	(nil, lines) := sys->tokenize(string buf[0:m], "\n");
	for(i := 1; lines != nil; lines = tl lines)
		sys->print("  [%d] %s\n", i++, hd lines);

	# dup of a bad descriptor
	bad := sys->dup(99, -1);
	sys->print("dup(99) = %d: %r\n", bad);
	if(sys->fildes(99) == nil)
		sys->print("fildes(99) is nil\n");

	# fildes yields a fresh FD sharing the same file: offset shared
	a := sys->fildes(cfd.fd);
	sys->seek(cfd, big 5, Sys->SEEKSTART);
	m = sys->read(a, buf, 4);
	sys->print("read via fildes copy after seek: %q\n", string buf[0:m]);
	cfd = a = nil;
	sys->remove(path);
	sys->fprint(sys->fildes(2), "done (stderr)\n");
}
