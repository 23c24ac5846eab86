implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: an exception value assigned to a string variable
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	msg: string;
	{
		raise "boom";
	} exception e {
	* =>
		msg = e;
	}
	sys->print("%s\n", msg);
}
