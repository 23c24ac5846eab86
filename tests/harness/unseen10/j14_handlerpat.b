implement HandlerPat;

include "sys.m";
	sys: Sys;
include "draw.m";

HandlerPat: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

classify(msg: string): string
{
	{
		raise msg;
	} exception e {
	"io" =>
		return "exact io";
	"io:*" =>
		return "io prefix (" + e[3:] + ")";
	"fail:*" =>
		return "fail prefix";
	"a" or "b" or "c" =>
		return "one of a/b/c";
	"" =>
		return "empty string";
	"x*" =>
		return "starts with x";
	"*" =>
		return "catch-all: " + e;
	}
	return "none";
}

inner(msg: string): string
{
	{
		raise msg;
	} exception e {
	"inner*" =>
		return "inner handled " + e;
	}
}

outer(msg: string): string
{
	{
		return inner(msg);
	} exception e {
	"outer*" =>
		return "outer handled " + e;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== pattern matching in handlers ==\n");
	tests := array[] of {
		"io", "io:", "io:eof", "iox", "fail:usage", "fail",
		"a", "b", "c", "ab", "", "x", "xylophone", "X", "*", "io*",
	};
	for(i := 0; i < len tests; i++)
		sys->print("%-12s -> %s\n", "\"" + tests[i] + "\"", classify(tests[i]));
	sys->print("== first handler to match in nesting wins ==\n");
	sys->print("%s\n", outer("inner-1"));
	sys->print("%s\n", outer("outer-2"));
	{
		sys->print("%s\n", outer("neither"));
	} exception e {
	"*" =>
		sys->print("init handled %s\n", e);
	}
	sys->print("== exact pattern versus prefix pattern ==\n");
	{
		raise "order:test";
	} exception e {
	"order:*" =>
		sys->print("prefix arm first: %s\n", e);
	"order:test" =>
		sys->print("exact arm\n");
	}
	sys->print("== long messages ==\n");
	long := "";
	for(i = 0; i < 20; i++)
		long += "abcdefghij";
	{
		raise "long:" + long;
	} exception e {
	"long:*" =>
		sys->print("long message length %d\n", len e);
	}
}
