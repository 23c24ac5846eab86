implement DieInHandler;

include "sys.m";
	sys: Sys;
include "draw.m";

DieInHandler: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		raise "first";
	} exception e {
	"first" =>
		sys->print("handling %s\n", e);
		a: array of int;
		a[0] = 1;
	}
	sys->print("not reached\n");
}
