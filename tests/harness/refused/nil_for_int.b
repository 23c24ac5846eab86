implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: nil assigned to an int
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s: string = nil;
	sys->print("[%s]\n", s);
	n: int = nil;
	sys->print("%d\n", n);
}
