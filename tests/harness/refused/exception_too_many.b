implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: raising a declared exception with too many values
Bad: exception(int);

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		raise Bad(1);
	} exception e {
	Bad =>
		sys->print("bad\n");
	}
	raise Bad(1, 2);
}
