implement ErrStr;

include "sys.m";
	sys: Sys;
include "draw.m";

ErrStr: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

errtext(): string
{
	return sys->sprint("%r");
}

child(c: chan of string)
{
	sys->werrstr("child private error");
	c <-= errtext();
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->werrstr("");
	sys->print("initial: [%s]\n", errtext());
	fd := sys->open("/tmp/u021-missing/file", Sys->OREAD);
	sys->print("open missing: fd nil=%d err=[%s]\n", fd == nil, errtext());
	sys->werrstr("");
	fd = sys->create("/tmp/u021-missing/file", Sys->OWRITE, 8r644);
	sys->print("create in missing dir: nil=%d err=[%s]\n", fd == nil, errtext());
	sys->werrstr("");
	r := sys->remove("/tmp/u021-missing");
	sys->print("remove missing: r=%d err=[%s]\n", r, errtext());
	fd = sys->create("/tmp/u021-file", Sys->ORDWR, 8r600);
	sys->print("create ok: %d err still=[%s]\n", fd != nil, errtext());
	n := sys->write(fd, array of byte "abc", 3);
	sys->print("write %d err=[%s]\n", n, errtext());
	sys->werrstr("");
	{
		a := array[1] of int;
		a[2] = 0;
	} exception e {
	"*" =>
		sys->print("caught %s; errstr=[%s]\n", e, errtext());
	}
	{
		raise "custom:thing";
	} exception e {
	"*" =>
		sys->print("caught %s; errstr=[%s]\n", e, errtext());
	}
	sys->werrstr("set by hand");
	sys->print("after werrstr: [%s]\n", errtext());
	c := chan of string;
	spawn child(c);
	sys->print("child saw: [%s]\n", <-c);
	sys->print("main still: [%s]\n", errtext());
	sys->werrstr("");
	(ok, nil) := sys->stat("/tmp/u021-missing");
	sys->print("stat missing: %d err=[%s]\n", ok, errtext());
	fd = nil;
	sys->werrstr("");
	r = sys->remove("/tmp/u021-file");
	sys->print("remove file: %d err=[%s]\n", r, errtext());
	sys->print("%r and %d and %r\n", 5);
}
