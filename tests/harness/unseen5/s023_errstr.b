implement ErrStr;

include "sys.m";
	sys: Sys;
include "draw.m";

ErrStr: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

try(what: string, rc: int)
{
	if(rc < 0)
		sys->print("%-28s failed: %r\n", what);
	else
		sys->print("%-28s ok\n", what);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->werrstr("");
	sys->print("initial error: '%r'\n");
	base := "/tmp/s023B";
	sys->remove(base + "/f");
	sys->remove(base);

	fd := sys->open(base + "/nofile", Sys->OREAD);
	if(fd == nil)
		sys->print("open missing: %r\n");
	fd = sys->create(base + "/sub/x", Sys->OWRITE, 8r644);
	if(fd == nil)
		sys->print("create in missing dir: %r\n");
	try("remove missing", sys->remove(base + "/gone"));
	try("mkdir base", (sys->create(base, Sys->OREAD, Sys->DMDIR|8r755) != nil) - 1);
	fd = sys->create(base + "/f", Sys->OWRITE, 8r644);
	try("create file", (fd != nil) - 1);
	fd = nil;
	try("chdir to a file", sys->chdir(base + "/f"));
	try("remove non-empty dir", sys->remove(base));
	sys->werrstr("my own message");
	sys->print("after werrstr: %r\n");
	buf := array[10] of byte;
	fd = sys->open(base + "/f", Sys->OWRITE);
	n := sys->read(fd, buf, len buf);
	sys->print("read on write-only fd: %d (%r)\n", n);
	(ok, nil) := sys->stat(base + "/f/child");
	sys->print("stat through a file: %d\n", ok);
	sys->werrstr("");
	try("remove file", sys->remove(base + "/f"));
	try("remove dir", sys->remove(base));
	sys->print("error now: '%r'\n");
}
