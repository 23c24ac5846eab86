implement Pc0Index;

include "sys.m";
	sys: Sys;
include "draw.m";

Pc0Index: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

first()
{
	{
		{
			a: array of int;
			a[2] = 1;
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
