implement WalkErrstr;

# the error string a successful walk leaves: past a mount point (/dev/..., /prog/N/...) it is
# "file does not exist", as the root's empty folder is tried first, and so for a name the
# root device lacks (/tmp: the host's); #c/... and /dev itself leave it alone. Opening /fd/N in another mode than fd N's fails; wstat of a missing file
# fails even with nulldir; and under emu-run fd 3 is open at the start (golden from emu-g)

include "sys.m";
	sys: Sys;
include "draw.m";

WalkErrstr: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

try(path: string)
{
	sys->werrstr("clean");
	fd := sys->open(path, Sys->OREAD);
	sys->print("open %s: %d %r\n", path, fd != nil);
	sys->werrstr("clean");
	(ok, nil) := sys->stat(path);
	sys->print("stat %s: %d %r\n", path, ok);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	f := "/tmp/walk_errstr.tmp";
	fd := sys->create(f, Sys->OWRITE, 8r644);
	sys->print("first fd %d\n", fd.fd);
	fd = nil;
	try("/dev/null");
	try("/dev/cons");
	try("#c/null");
	try("/dev");
	try("/chan");
	try("/nvfs");
	try(f);
	try(sys->sprint("/prog/%d/status", sys->pctl(0, nil)));
	try("/fd/1");
	sys->werrstr("clean");
	fd = sys->open("/fd/1", Sys->OWRITE);
	sys->print("open /fd/1 for writing: %d %r\n", fd != nil);
	sys->remove(f);
	sys->print("wstat missing: %d %r\n", sys->wstat(f, sys->nulldir));
}
