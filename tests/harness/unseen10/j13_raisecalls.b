implement RaiseCalls;

include "sys.m";
	sys: Sys;
include "draw.m";

RaiseCalls: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

depth := 0;

level3(n: int): int
{
	depth = 3;
	if(n < 0)
		raise "negative:" + string n;
	if(n == 0)
		raise "zero";
	return 100 / n;
}

level2(n: int): int
{
	depth = 2;
	r := level3(n);
	sys->print("  level2 saw %d\n", r);
	return r + 1;
}

level1(n: int): int
{
	depth = 1;
	{
		return level2(n);
	} exception e {
	"zero" =>
		sys->print("  level1 handled %s (depth %d)\n", e, depth);
		return -1;
	}
}

rethrow(n: int): int
{
	{
		return level1(n);
	} exception e {
	"negative:*" =>
		sys->print("  rethrow got %s, raising again\n", e);
		raise "wrapped(" + e + ")";
	}
}

cleanup := 0;

withcleanup(n: int)
{
	{
		level3(n);
		sys->print("  no exception for %d\n", n);
	} exception {
	"*" =>
		cleanup++;
		raise;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== normal ==\n");
	sys->print("level1(5) = %d\n", level1(5));
	sys->print("== handled two frames up ==\n");
	sys->print("level1(0) = %d\n", level1(0));
	sys->print("== handled, re-raised with new text ==\n");
	{
		v := rethrow(-3);
		sys->print("not reached %d\n", v);
	} exception e {
	"wrapped*" =>
		sys->print("init caught %s\n", e);
	}
	sys->print("== bare raise propagates the same exception ==\n");
	for(i := -1; i <= 1; i++){
		{
			withcleanup(i);
		} exception e {
		"*" =>
			sys->print("  init caught [%s]\n", e);
		}
	}
	sys->print("cleanup ran %d times\n", cleanup);
	sys->print("== exception in a loop body, loop continues ==\n");
	tot := 0;
	for(i = -2; i <= 2; i++){
		{
			tot += level3(i);
		} exception {
		"zero" or "negative*" =>
			tot += 1000;
		}
	}
	sys->print("total %d\n", tot);
	sys->print("== runtime errors are exceptions too ==\n");
	{
		a := array[2] of int;
		k := 5;
		a[k] = 1;
	} exception e {
	"array bounds*" =>
		sys->print("bounds: %s\n", e);
	}
}
