implement ConstIndex;

include "sys.m";
	sys: Sys;
include "draw.m";

ConstIndex: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Idx: con "hello"[1];

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", Idx);
}
