implement ErrStrings;

include "sys.m";
	sys: Sys;
include "draw.m";

ErrStrings: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

lasterr(): string
{
	return sys->sprint("%r");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	stderr := sys->fildes(2);

	fd := sys->open("/tmp/w_14/no/such/file", Sys->OREAD);
	sys->print("open missing: nil=%d err=%s\n", fd == nil, lasterr());

	fd = sys->create("/tmp/w_14missingdir/f", Sys->OWRITE, 8r644);
	sys->print("create in missing dir: nil=%d err=%s\n", fd == nil, lasterr());

	r := sys->remove("/tmp/w_14gone");
	sys->print("remove missing: %d %r\n", r);

	# werrstr sets the error string explicitly
	sys->werrstr("custom failure 17");
	sys->print("after werrstr: %r\n");
	# a successful call does not clear it
	fd = sys->open("/dev/null", Sys->OREAD);
	sys->print("after successful open: %r\n");

	# reading from a write-only descriptor
	path := "/tmp/w_14wo";
	wfd := sys->create(path, Sys->OWRITE, 8r644);
	buf := array[10] of byte;
	n := sys->read(wfd, buf, len buf);
	sys->print("read on OWRITE fd = %d: %r\n", n);
	rfd := sys->open(path, Sys->OREAD);
	n = sys->write(rfd, buf, 3);
	sys->print("write on OREAD fd = %d: %r\n", n);

	# opening a directory for writing
	dfd := sys->open("/tmp", Sys->OWRITE);
	sys->print("open dir for write: nil=%d %r\n", dfd == nil);

	# creating a file that exists with OEXCL
	xfd := sys->create(path, Sys->OWRITE|Sys->OEXCL, 8r644);
	sys->print("exclusive create of existing: nil=%d %r\n", xfd == nil);

	# stat with an empty name and a bad device
	(ok, nil) := sys->stat("#Z/nonsense");
	sys->print("stat bad device: %d %r\n", ok);

	# chdir to a missing dir
	if(sys->chdir("/tmp/w_14nowhere") < 0)
		sys->fprint(stderr, "chdir: %r\n");

	wfd = rfd = nil;
	sys->remove(path);
	sys->werrstr("");
	sys->print("cleared: [%r]\n");
}
