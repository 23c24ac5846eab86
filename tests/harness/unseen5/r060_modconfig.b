implement Modconfig;

include "sys.m";
	sys: Sys;
include "draw.m";

Modconfig: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
	lookup:	fn(key: string): int;
};

Pair: adt {
	key:	string;
	val:	int;
};

table: array of Pair;

find(key: string): int
{
	for(i := 0; i < len table; i++)
		if(table[i].key == key)
			return table[i].val;
	return nil;	# nil is not an int
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	table = array[] of {Pair("port", 564), Pair("debug", 0)};
	sys->print("port=%d\n", find("port"));
	(a, b) := find("debug");
	sys->print("%d %d\n", a, b);
}
