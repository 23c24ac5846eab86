implement Squares;

include "sys.m";
	sys: Sys;
include "draw.m";

Squares: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

square(n: int)
{
	return n * n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 1; i <= 4; i++)
		sys->print("%d squared is %d\n", i, square(i));
}
