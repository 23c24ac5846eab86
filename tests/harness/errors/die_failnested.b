implement DieFailNested;

include "sys.m";
	sys: Sys;
include "draw.m";

DieFailNested: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

inner()
{
	raise "fail:from inner";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		inner();
	} exception e {
	"fail:other" =>
		sys->print("wrong handler\n");
	"x*" =>
		sys->print("wrong handler\n");
	}
	sys->print("not reached\n");
}
