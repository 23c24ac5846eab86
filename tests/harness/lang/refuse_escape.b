implement EscapeMsg;

include "sys.m";
	sys: Sys;
include "draw.m";

EscapeMsg: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "\U0001F600";
	sys->print("%s\n", s);
}
