implement DieTyped;

include "sys.m";
	sys: Sys;
include "draw.m";

DieTyped: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Bad: exception(int, string);

f(n: int)
{
	raise Bad(n, "bad");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("raising\n");
	f(3);
}
