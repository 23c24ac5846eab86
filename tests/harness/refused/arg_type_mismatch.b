implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a real passed where an int parameter is declared
twice(x: int): int
{
	return 2*x;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", twice(4));
	sys->print("%d\n", twice(4.5));
}
