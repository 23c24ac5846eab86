implement FmtMsg;

include "sys.m";
	sys: Sys;
include "draw.m";

FmtMsg: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b := big 5;
	sys->print("value %d and more\n", b);
}
