implement NoLoad;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
include "string.m";

NoLoad: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Plugin: module
{
	PATH: con "/dis/lib/q036-no-such-plugin.dis";
	run: fn(s: string): string;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->werrstr("");
	p := load Plugin Plugin->PATH;
	if(p == nil)
		sys->print("load plugin: %r\n");
	sys->werrstr("");
	p = load Plugin "/tmp/q036/missing/dir/x.dis";
	if(p == nil)
		sys->print("load from missing dir: %r\n");
	# a file that exists but is not a dis file
	fd := sys->create("/tmp/q036.dis", Sys->OWRITE, 8r644);
	sys->fprint(fd, "this is not a dis module\n");
	fd = nil;
	sys->werrstr("");
	p = load Plugin "/tmp/q036.dis";
	if(p == nil)
		sys->print("load garbage: %r\n");
	sys->remove("/tmp/q036.dis");
	# a real module loaded under the wrong interface
	sys->werrstr("");
	b := load Bufio String->PATH;
	if(b == nil)
		sys->print("load string.dis as Bufio: %r\n");
	else
		sys->print("string.dis as Bufio: loaded anyway\n");
	s := load String String->PATH;
	sys->print("string loaded ok: %d\n", s != nil);
}
