implement NestedReraise;

include "sys.m";
	sys: Sys;
include "draw.m";

NestedReraise: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

trace: list of string;

note(s: string)
{
	trace = s :: trace;
	sys->print("  %s\n", s);
}

level3(k: int)
{
	note("enter level3");
	case k {
	0 =>
		raise "io:disk";
	1 =>
		raise "net:timeout";
	2 =>
		raise "mem:oom";
	}
	note("leave level3");
}

level2(k: int)
{
	note("enter level2");
	{
		level3(k);
	} exception e {
	"io:*" =>
		note("level2 handled " + e);
	"net:*" =>
		note("level2 saw " + e + ", re-raising");
		raise;
	}
	note("leave level2");
}

level1(k: int)
{
	note("enter level1");
	{
		level2(k);
	} exception e {
	"net:*" =>
		note("level1 converts " + e);
		raise "fatal:" + e;
	}
	note("leave level1");
}

run(k: int)
{
	sys->print("case %d:\n", k);
	{
		level1(k);
		sys->print("  completed normally\n");
	} exception e {
	"fatal:*" =>
		sys->print("  top caught %s\n", e);
	"*" =>
		sys->print("  top wildcard %s\n", e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(k := 0; k < 4; k++)
		run(k);

	# handlers nested in one function; inner raises inside the handler
	{
		{
			{
				raise "one";
			} exception e {
			"one" =>
				sys->print("inner handled %s, raising two\n", e);
				raise "two";
			}
		} exception e {
		"two" =>
			sys->print("middle handled %s, raising three\n", e);
			raise "three";
		}
	} exception e {
	"three" =>
		sys->print("outer handled %s\n", e);
	}

	# an exception raised in a handler is not caught by the same block
	{
		{
			raise "x";
		} exception {
		"x" =>
			raise "y";
		"y" =>
			sys->print("wrong: same block caught y\n");
		}
	} exception e {
	"*" =>
		sys->print("enclosing block caught %s\n", e);
	}
	n := 0;
	for(l := trace; l != nil; l = tl l)
		n++;
	sys->print("%d trace entries\n", n);
}
