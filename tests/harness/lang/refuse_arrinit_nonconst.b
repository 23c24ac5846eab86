implement ArrInitNonConst;

include "sys.m";
	sys: Sys;
include "draw.m";

ArrInitNonConst: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

# the labels of an array initializer must be constants
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	n := 4;
	a := array[n] of {0 => 1, n - 1 => 2};
	sys->print("%d\n", len a);
}
