implement BadTuple;

include "sys.m";
	sys: Sys;
include "draw.m";

BadTuple: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

lookup(key: string): (int, string)
{
	if(key == "a")
		return (1, "alpha");
	return (0, nil);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	(found, val, extra) := lookup("a");	# three names for a pair
	sys->print("%d %s %s\n", found, val, extra);
	n: int;
	n = lookup("b");			# tuple assigned to int
	sys->print("%d\n", n);
}
