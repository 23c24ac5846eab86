implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: the same index twice in an array initializer
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[4] of {0 => 1, 2 => 3, 0 => 5};
	sys->print("%d\n", a[0]);
}
