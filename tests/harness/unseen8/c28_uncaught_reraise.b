implement UncaughtReraise;

include "sys.m";
	sys: Sys;
include "draw.m";

UncaughtReraise: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

depth := 0;

descend(n: int)
{
	depth++;
	if(n == 0)
		raise "bottom reached at depth " + string depth;
	{
		descend(n - 1);
	} exception e {
	"bottom*" =>
		sys->print("level %d saw: %s\n", n, e);
		if(n < 3)
			raise;
		sys->print("level %d stops re-raising and raises its own\n", n);
		raise "escaped from level " + string n;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		descend(2);
	} exception e {
	"bottom*" =>
		sys->print("main handled: %s\n", e);
	}
	depth = 0;
	{
		descend(5);
	} exception e {
	"bottom*" =>
		sys->print("not reached: %s\n", e);
	"nothing*" =>
		sys->print("not reached either\n");
	}
	sys->print("not printed\n");
}
