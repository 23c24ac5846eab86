implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: two for loops in one block both declaring i with :=
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < 2; i++)
		sys->print("a%d\n", i);
	for(i := 0; i < 2; i++)
		sys->print("b%d\n", i);
}
