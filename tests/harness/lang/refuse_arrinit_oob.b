implement ArrInitOob;

include "sys.m";
	sys: Sys;
include "draw.m";

ArrInitOob: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

# a constant label past a constant size
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[2] of {5 => 1};
	sys->print("%d\n", len a);
}
