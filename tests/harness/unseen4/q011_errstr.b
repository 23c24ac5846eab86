implement ErrStr;

include "sys.m";
	sys: Sys;
include "draw.m";

ErrStr: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

try(what: string, r: int)
{
	if(r < 0)
		sys->print("%-28s failed: %r\n", what);
	else
		sys->print("%-28s ok (%d)\n", what, r);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->werrstr("");
	sys->print("initial: [%r]\n");
	fd := sys->open("/tmp/q011-does-not-exist", Sys->OREAD);
	if(fd == nil)
		sys->print("open missing: %r\n");
	fd = sys->open("/tmp/nodir/q011/x", Sys->OREAD);
	if(fd == nil)
		sys->print("open in missing dir: %r\n");
	fd = sys->create("/tmp/nodir-q011/x", Sys->OWRITE, 8r666);
	if(fd == nil)
		sys->print("create in missing dir: %r\n");
	try("remove missing", sys->remove("/tmp/q011-nothing"));
	(ok, nil) := sys->stat("/tmp/q011-nothing");
	try("stat missing", ok);
	sys->werrstr("custom error 17");
	sys->print("after werrstr: %r\n");
	e := sys->sprint("%r");
	sys->print("captured: %s (len %d)\n", e, len e);
	fd = sys->create("/tmp/q011.txt", Sys->OWRITE, 8r644);
	try("create q011.txt", 0);
	buf := array[10] of byte;
	sys->werrstr("");
	n := sys->read(fd, buf, len buf);
	sys->print("read from write-only fd: n=%d err=%r\n", n);
	try("remove q011.txt", sys->remove("/tmp/q011.txt"));
	sys->werrstr("");
	fd = sys->open("/tmp", Sys->OWRITE);
	if(fd == nil)
		sys->print("open dir for write: %r\n");
	sys->werrstr("");
	try("chdir missing", sys->chdir("/tmp/q011/none"));
	try("chdir /tmp", sys->chdir("/tmp"));
}
