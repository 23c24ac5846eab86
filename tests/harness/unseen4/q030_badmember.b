implement BadMember;

include "sys.m";
	sys: Sys;
include "draw.m";

BadMember: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	n := len argv;
	sys->printf("%d arguments\n", n);	# Sys has print, not printf
	fd := sys->open("/tmp/x", Sys->OREAD);
	sys->close(fd);				# and no close either
}
