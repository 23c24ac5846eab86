implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a real variable assigned to a byte
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b: byte;
	r := 65.0;
	b = byte r;
	sys->print("%d\n", int b);
	b = r;
}
