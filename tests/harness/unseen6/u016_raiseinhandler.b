implement HandlerRaise;

include "sys.m";
	sys: Sys;
include "draw.m";

HandlerRaise: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

log: list of string;

note(s: string)
{
	log = s :: log;
	sys->print("  %s\n", s);
}

parse(s: string): int
{
	{
		if(s == "")
			raise "parse:empty";
		n := int s;
		if(n < 0)
			raise "parse:negative";
		return n;
	} exception e {
	"parse:empty" =>
		note("empty input, translating");
		raise "config:missing value";
	"parse:*" =>
		note("bad number " + s);
		raise "config:bad value " + e[6:];
	}
}

load1(s: string): int
{
	{
		return parse(s);
	} exception e {
	"config:missing*" =>
		note("using default for missing");
		return 10;
	"config:*" =>
		note("cleanup after " + e);
		{
			raise "fatal:" + e;
		} exception f {
		"fatal:config:bad value negative" =>
			note("nested handler saw " + f);
			return -1;
		}
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inputs := array[] of {"42", "", "-3", "7"};
	for(i := 0; i < len inputs; i++){
		sys->print("input [%s]\n", inputs[i]);
		sys->print("  result %d\n", load1(inputs[i]));
	}
	sys->print("handler chain:\n");
	{
		{
			raise "a";
		} exception {
		"a" =>
			{
				raise "b";
			} exception {
			"b" =>
				raise "c";
			}
		}
	} exception e {
	"c" =>
		sys->print("  outermost got %s\n", e);
	"*" =>
		sys->print("  wrong: %s\n", e);
	}
	sys->print("log length %d, last %s\n", len log, hd log);
}
