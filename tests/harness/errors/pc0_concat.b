implement Pc0Concat;

include "sys.m";
	sys: Sys;
include "draw.m";

Pc0Concat: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

g := "G";
first()
{

	{
		{
			raise "decl" + g;
		} exception e {
		"*" => sys->print("inner %s\n", e);
		}
	} exception e {
	"*" => sys->print("outer %s\n", e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		first();
	} exception e {
	"*" => sys->print("init caught %s\n", e);
	}
	{
		{
			raise "again";
		} exception e {
		"*" => sys->print("init inner %s\n", e);
			e = "edited";
			raise;
		}
	} exception e {
	"*" => sys->print("init outer %s\n", e);
	}
}
