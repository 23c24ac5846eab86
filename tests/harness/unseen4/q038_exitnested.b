implement ExitNested;

include "sys.m";
	sys: Sys;
include "draw.m";

ExitNested: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

depth := 0;

descend(n: int, limit: int): int
{
	depth++;
	sys->print("%*sdescend(%d)\n", n*2, "", n);
	if(n == limit){
		sys->print("%*sreached limit, exiting\n", n*2, "");
		exit;
	}
	r := descend(n+1, limit);
	sys->print("never printed %d\n", r);
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("start\n");
	{
		descend(0, 5);
	} exception e {
	"*" =>
		sys->print("exit is not an exception: %s\n", e);
	}
	sys->print("not reached after exit, depth %d\n", depth);
}
