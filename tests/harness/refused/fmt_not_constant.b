implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a print format held in a variable
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	f := "%d\n";
	sys->print("%d\n", 1);
	sys->print(f, 2);
}
