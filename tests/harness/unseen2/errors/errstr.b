# exercises error strings after failed sys calls: open, create, stat, remove, werrstr, %r
implement Errstr;
include "sys.m";
include "draw.m";
sys: Sys;
Errstr: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->werrstr("");
	sys->print("empty [%r]\n");
	fd := sys->open("/tmp/no/such/file", Sys->OREAD);
	sys->print("open nil=%d [%r]\n", fd == nil);
	(ok, nil) := sys->stat("/tmp/definitely-missing-xyz");
	sys->print("stat %d [%r]\n", ok);
	r := sys->remove("/tmp/definitely-missing-xyz");
	sys->print("remove %d [%r]\n", r);
	sys->werrstr(sys->sprint("custom %d", 42));
	sys->print("[%r]\n");
	e := sys->sprint("%r");
	sys->print("sprint [%s]\n", e);
	fd = sys->create("/tmp/errstr-test-file", Sys->OWRITE, 8r644);
	sys->print("create nil=%d\n", fd == nil);
	n := sys->fprint(fd, "hello");
	sys->print("wrote %d\n", n);
	fd = nil;
	fd = sys->open("/tmp/errstr-test-file", Sys->OREAD);
	buf := array[20] of byte;
	n = sys->read(fd, buf, len buf);
	sys->print("read %d %s\n", n, string buf[0:n]);
	sys->print("remove %d\n", sys->remove("/tmp/errstr-test-file"));
	fd = sys->open("/tmp/errstr-test-file", Sys->OREAD);
	sys->print("reopen nil=%d [%r]\n", fd == nil);
}
