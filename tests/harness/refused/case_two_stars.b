implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: two default arms in a case
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := 3;
	case x {
	1 =>
		sys->print("one\n");
	* =>
		sys->print("other\n");
	* =>
		sys->print("again\n");
	}
}
