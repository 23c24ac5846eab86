implement DieNegSize;

include "sys.m";
	sys: Sys;
include "draw.m";

DieNegSize: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

grow(n: int): array of int
{
	return array[n] of int;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(n := 2; ; n--)
		sys->print("len %d\n", len grow(n));
}
