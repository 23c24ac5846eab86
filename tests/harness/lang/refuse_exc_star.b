implement ExcStar;

include "sys.m";
	sys: Sys;
include "draw.m";

ExcStar: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

# in a bare * arm the exception variable has type exception, not string
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
