implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: an array initializer index past the size
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[3] of {0 => 1, 2 => 3};
	sys->print("%d\n", a[2]);
	b := array[2] of {5 => 1};
	sys->print("%d\n", len b);
}
