implement P33;
include "sys.m";
	sys: Sys;
include "draw.m";
P33: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->open("/tmp/unseen3-p33-missing/x", Sys->OREAD);
	sys->print("open missing: nil=%d err=%r\n", fd == nil);
	fd = sys->create("/tmp/unseen3-p33-nodir/x", Sys->OWRITE, 8r644);
	sys->print("create in missing dir: nil=%d err=%r\n", fd == nil);
	sys->werrstr("my own error");
	sys->print("werrstr: %r\n");
	e := sys->sprint("%r");
	sys->print("sprint r: %s\n", e);
	(ok, nil) := sys->stat("/tmp/unseen3-p33-none");
	sys->print("stat: %d %r\n", ok);
	sys->print("remove: %d %r\n", sys->remove("/tmp/unseen3-p33-none"));
	f := sys->create("/tmp/unseen3-p33-f", Sys->OWRITE, 8r644);
	buf := array[10] of byte;
	n := sys->read(f, buf, 10);
	sys->print("read on write-only: %d %r\n", n);
	f = nil;
	f = sys->create("/tmp/unseen3-p33-f", Sys->OREAD|Sys->OEXCL, 8r644);
	sys->print("excl create: nil=%d %r\n", f == nil);
	d := sys->create("/tmp/unseen3-p33-d", Sys->OREAD, Sys->DMDIR|8r755);
	n = sys->write(d, buf, 1);
	sys->print("write dir: %d %r\n", n);
	d = nil;
	fd = sys->open("/tmp/unseen3-p33-d", Sys->OWRITE);
	sys->print("open dir for write: nil=%d %r\n", fd == nil);
	sys->remove("/tmp/unseen3-p33-d");
	sys->remove("/tmp/unseen3-p33-f");
	nfd: ref Sys->FD;
	n = sys->read(nfd, buf, 1);
	sys->print("read nil fd: %d\n", n);
}
