implement Patterns;

include "sys.m";
	sys: Sys;
include "draw.m";

Patterns: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

classify(s: string): string
{
	{
		raise s;
	} exception e {
	"fail:usage" =>
		return "exact fail:usage";
	"fail:*" =>
		return "fail prefix (" + e + ")";
	"io" or "eof" or "closed" =>
		return "io-ish " + e;
	"io*" =>
		return "io prefix " + e;
	"sys: *" =>
		return "sys prefix " + e;
	"array bounds error" =>
		return "bounds";
	"a*" =>
		return "a prefix " + e;
	"ab*" =>
		return "ab prefix " + e;
	"abc" =>
		return "abc exact";
	"*" =>
		return "anything " + e;
	}
	return "none";
}

noall(s: string): string
{
	{
		{
			raise s;
		} exception e {
		"x*" =>
			return "inner x* " + e;
		"y" =>
			return "inner y";
		}
	} exception e {
	"*" =>
		return "outer " + e;
	}
	return "none";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {"fail:usage", "fail:other", "fail:", "fail", "io", "eof", "closed", "iox",
		"io", "sys: x", "sys:x", "array bounds error", "array", "a", "ab", "abc", "abcd", "b",
		"*", "fail:*", "FAIL:x", "x", "xyz", "y", "yy"};
	for(i := 0; i < len tests; i++)
		sys->print("%-20s -> %s\n", tests[i], classify(tests[i]));
	for(i = 0; i < len tests; i++)
		sys->print("%-20s => %s\n", tests[i], noall(tests[i]));
	# a runtime error against the patterns
	{
		a := array[1] of int;
		i = 5;
		a[i] = 1;
	} exception e {
	"array*" =>
		sys->print("array* matched %s\n", e);
	}
	{
		l: list of int;
		i = hd l;
	} exception e {
	"deref*" =>
		sys->print("deref* matched %s\n", e);
	}
	sys->print("done\n");
}
