implement InlineSelfcall, Api;

# A function whose expression calls itself through a value of the module
# the file implements is not inlined (limbo's occurs() sees its own decl);
# one that calls another such function is, and the arguments say in which
# order they ran.

include "sys.m";
	sys: Sys;
include "draw.m";

InlineSelfcall: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Api: module
{
	depth:	fn(n: int): int;
	twice:	fn(n: int): int;
	pair:	fn(a, b: int): int;
};

api: Api;

depth(n: int): int
{
	if(n <= 0)
		return 0;
	return 1 + api->depth(n - 1);
}

twice(n: int): int
{
	return n + n;
}

pair(a, b: int): int
{
	return api->twice(a) * 100 + api->twice(b);
}

v(s: string, n: int): int
{
	sys->print("%s ", s);
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	api = load Api "$self";
	sys->print("= %d\n", api->depth(v("d", 5)));
	sys->print("= %d\n", api->pair(v("a", 1), v("b", 2)));
	sys->print("= %d\n", pair(v("a", 3), v("b", 4)));
	api = nil;
	{
		sys->print("= %d\n", api->depth(v("n", 2)));
	} exception e {
	"*" => sys->print("caught %s\n", e);
	}
	sys->print("= %d\n", api->twice(v("t", 21)));
}
