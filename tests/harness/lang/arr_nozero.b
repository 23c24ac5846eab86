implement ArrNozero;

# Without limbo -z, newa does not clear an array of a type with no pointers:
# a fresh array of int/byte/real holds what the heap block held before.

include "sys.m";
	sys: Sys;
include "draw.m";

ArrNozero: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

fill()
{
	a := array[] of {11, 22, 33, 44, 55};
	a = nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fill();
	b := array[5] of int;
	for(i := 0; i < len b; i++)
		sys->print(" %d", b[i]);
	sys->print("\n");
	x := array[] of {7, 8, 9};
	x = nil;
	c := array[] of {3 => 30};
	for(i = 0; i < len c; i++)
		sys->print(" %d", c[i]);
	sys->print("\n");
}
