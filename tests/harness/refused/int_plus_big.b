implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: int + big
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := 3;
	b := big 4;
	sys->print("%bd\n", b + big a);
	sys->print("%bd\n", a + b);
}
