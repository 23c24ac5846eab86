implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: %s given a bare nil
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s: string;
	sys->print("[%s]\n", s);
	sys->print("[%s]\n", nil);
}
