implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: %s given the exception variable of a "*" arm
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		raise "boom";
	} exception e {
	* =>
		sys->print("caught %s\n", e);
	}
}
