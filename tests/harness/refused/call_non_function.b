implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: calling an int variable
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	f := 7;
	sys->print("%d\n", f(2));
}
