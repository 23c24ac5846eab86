implement Incprog;

include "sys.m";
	sys: Sys;
include "draw.m";
include "incprog.inc";

Incprog: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%s %d\n", greeting, twice(21));
}
