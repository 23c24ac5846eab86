implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: an adt that contains itself by value, used
Box: adt {
	inner: Box;
	n: int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b: Box;
	b.n = 3;
	sys->print("%d\n", b.n);
}
