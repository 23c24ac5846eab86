implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a character constant with two characters
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := 'a';
	sys->print("%c\n", c);
	d := 'ab';
	sys->print("%c\n", d);
}
