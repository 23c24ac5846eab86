implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: ordering comparison of lists
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := 1 :: nil;
	b := 2 :: nil;
	if(a < b)
		sys->print("less\n");
}
