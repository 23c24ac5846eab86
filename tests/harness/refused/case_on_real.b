implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: case on a real value
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := 1.5;
	case x {
	1.5 =>
		sys->print("one and a half\n");
	* =>
		sys->print("other\n");
	}
}
