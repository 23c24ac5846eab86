implement P38;
include "sys.m";
	sys: Sys;
include "draw.m";
P38: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("initial errstr: [%r]\n");
	fd := sys->open("/tmp", Sys->OREAD);
	sys->print("after ok open: [%r] %d\n", fd != nil);
	sys->werrstr("");
	sys->print("cleared: [%r]\n");
	sys->open("/tmp/unseen3-p38-nope", Sys->OREAD);
	sys->print("after fail: [%r]\n");
	sys->print("still: [%r]\n");
	sys->print("stdout fd %d stderr fd %d\n", sys->fildes(1).fd, sys->fildes(2).fd);
	d := sys->dup(1, -1);
	sys->print("dup fd >2 %d\n", d > 2);
	sys->fprint(sys->fildes(d), "via dup\n");
	sys->print("fildes bad nil %d\n", sys->fildes(99) == nil);
}
