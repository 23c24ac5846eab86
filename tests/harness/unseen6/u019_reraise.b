implement Reraise;

include "sys.m";
	sys: Sys;
include "draw.m";

Reraise: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

depth := 0;

step(n: int)
{
	depth++;
	{
		if(n == 0)
			raise "fail:bottom reached";
		if(n == 2)
			raise "warn:skipped level";
		step(n-1);
	} exception e {
	"warn:*" =>
		sys->print("level %d: swallowed %s\n", n, e);
	"*" =>
		sys->print("level %d: cleaning up for %s\n", n, e);
		depth--;
		raise;
	}
	depth--;
}

Oops: exception(string);

typed(s: string) raises (Oops)
{
	{
		raise Oops(s);
	} exception e {
	Oops =>
		sys->print("typed inner saw %s, re-raising\n", e);
		raise;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		step(1);
		sys->print("step(1) finished, depth %d\n", depth);
		step(4);
		sys->print("step(4) finished, depth %d\n", depth);
	} exception e {
	"*" =>
		sys->print("top caught: %s (depth %d)\n", e, depth);
	}
	{
		typed("payload");
	} exception e {
	Oops =>
		sys->print("outer typed got %s\n", e);
	}
	{
		a := array[1] of int;
		{
			a[3] = 1;
		} exception {
		"array bounds*" =>
			sys->print("bounds seen, passing it on\n");
			raise;
		}
	} exception e {
	"*" =>
		sys->print("outer got runtime error: %s\n", e);
	}
}
