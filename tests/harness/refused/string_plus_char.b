implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: += of a character constant onto a string
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "ab";
	s[len s] = 'c';
	sys->print("%s\n", s);
	s += 'd';
	sys->print("%s\n", s);
}
