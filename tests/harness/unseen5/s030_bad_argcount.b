implement BadArgs;

include "sys.m";
	sys: Sys;
include "draw.m";

BadArgs: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
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
	vals := array[] of {-5, 3, 12};
	for(i := 0; i < len vals; i++)
		sys->print("%d\n", clamp(vals[i], 10));	# forgot the lower bound
}
