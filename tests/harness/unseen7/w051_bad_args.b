implement BadArgs;

include "sys.m";
	sys: Sys;
include "draw.m";

BadArgs: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

clamp(v, lo, hi: int): int
{
	if(v < lo)
		return lo;
	if(v > hi)
		return hi;
	return v;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# mistake: clamp needs three arguments
	sys->print("%d\n", clamp(15, 10));
	sys->print("%d\n", clamp(5, 0, 10, 20));
}
