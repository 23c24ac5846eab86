implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: an int as an exception qualifier
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		raise "x";
	} exception e {
	5 =>
		sys->print("five\n");
	* =>
		sys->print("other\n");
	}
}
