implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a call with more arguments than the function takes
add(a, b: int): int
{
	return a+b;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", add(1, 2));
	sys->print("%d\n", add(1, 2, 3));
}
