#args: 3 7 12 x 9
implement NestedExit;

include "sys.m";
	sys: Sys;
include "draw.m";

NestedExit: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

depth := 0;

check(s: string): int
{
	depth++;
	for(i := 0; i < len s; i++)
		if(s[i] < '0' || s[i] > '9')
			fatal("not a number: " + s);
	depth--;
	return int s;
}

fatal(msg: string)
{
	sys->print("fatal at depth %d: %s\n", depth, msg);
	{
		exit;		# exit is not an exception; the handler below never runs
	} exception {
	* =>
		sys->print("handler caught exit?!\n");
	}
	sys->print("not reached after exit\n");
}

sum(l: list of string): int
{
	if(l == nil)
		return 0;
	depth++;
	v := check(hd l);
	sys->print("  value %d\n", v);
	return v + sum(tl l);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("args: %d\n", len args - 1);
	s := sum("10" :: "20" :: nil);
	sys->print("sum of literal list: %d depth=%d\n", s, depth);
	sys->print("total: %d\n", sum(tl args));
	sys->print("end of init (not reached)\n");
}
