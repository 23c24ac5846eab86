implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a string element assigned a string
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "abc";
	s[0] = 'x';
	sys->print("%s\n", s);
	s[1] = "y";
	sys->print("%s\n", s);
}
