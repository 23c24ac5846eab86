implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a list literal whose elements have different types
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := 1 :: 2 :: nil;
	sys->print("%d\n", len l);
	m := 1 :: "two" :: nil;
	sys->print("%d\n", len m);
}
