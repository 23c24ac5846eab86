implement PolyErrRealList;

include "sys.m";
	sys: Sys;
include "draw.m";

PolyErrRealList: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

count[T](l: list of T): int
{
	n := 0;
	for(; l != nil; l = tl l)
		n++;
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", count("a" :: "b" :: nil));
	sys->print("%d\n", count(1.5 :: 2.5 :: nil));
}
