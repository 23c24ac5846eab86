implement Undeclared;

include "sys.m";
	sys: Sys;
include "draw.m";

Undeclared: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

average(a: array of int): int
{
	total := 0;
	for(i := 0; i < len a; i++)
		total += a[i];
	return totl / len a;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", average(array[] of {1, 2, 3}));
}
