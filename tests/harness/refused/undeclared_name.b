implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a name that was never declared
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	total := 0;
	for(i := 0; i < 4; i++)
		total += i;
	sys->print("%d\n", totl);
}
