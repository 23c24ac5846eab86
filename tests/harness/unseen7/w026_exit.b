implement ExitDemo;

include "sys.m";
	sys: Sys;
include "draw.m";

ExitDemo: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

depth := 0;

descend(n: int)
{
	depth++;
	sys->print("enter level %d\n", n);
	if(n == 3){
		sys->print("stopping at level %d, depth %d\n", n, depth);
		exit;
	}
	descend(n + 1);
	sys->print("never printed %d\n", n);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("args %d\n", len argv);
	{
		descend(0);
	} exception e {
	"*" =>
		sys->print("caught %s\n", e);
	}
	sys->print("not reached\n");
}
