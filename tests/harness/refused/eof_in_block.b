implement EofInBlock;

include "sys.m";
include "draw.m";

EofInBlock: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys := load Sys Sys->PATH;
	sys->print("never\n");
