implement Prefix;

include "sys.m";
	sys: Sys;
include "draw.m";

Prefix: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

errs := array[] of {
	"fail:usage",
	"fail:",
	"failure",
	"io:read",
	"io:write:disk full",
	"io",
	"net: connection refused",
	"exact",
	"exactly",
	"*",
};

classify(s: string): string
{
	{
		raise s;
	} exception e {
	"exact" =>
		return "exact match";
	"fail:*" =>
		return "failure class (" + e[5:] + ")";
	"io:write*" =>
		return "write error";
	"io:*" =>
		return "io error";
	"net:*" =>
		return "network";
	"*" =>
		return "other [" + e + "]";
	}
	return "no exception";
}

narrow(s: string): string
{
	{
		{
			raise s;
		} exception e {
		"io:*" =>
			return "inner io: " + e;
		}
	} exception e {
	"fail:*" =>
		return "outer fail: " + e;
	}
	return "none";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < len errs; i++)
		sys->print("%-26s -> %s\n", "[" + errs[i] + "]", classify(errs[i]));
	tests := array[] of {"io:eof", "fail:bad", "io", "fail:io:x"};
	for(i = 0; i < len tests; i++){
		{
			sys->print("%s -> %s\n", tests[i], narrow(tests[i]));
		} exception e {
		"*" =>
			sys->print("%s escaped both: %s\n", tests[i], e);
		}
	}
}
