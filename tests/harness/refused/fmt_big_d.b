implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: %d given a big
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b := big 7;
	sys->print("%bd\n", b);
	sys->print("%d\n", b);
}
