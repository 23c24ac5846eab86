implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a function reference re-pointed at a function of another type
twice(a: int): int
{
	return 2*a;
}

size(s: string): int
{
	return len s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	h := twice;
	sys->print("%d\n", h(4));
	h = size;
	sys->print("%d\n", h(5));
}
