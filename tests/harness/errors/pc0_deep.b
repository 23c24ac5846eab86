implement Pc0Deep;

include "sys.m";
	sys: Sys;
include "draw.m";

Pc0Deep: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

first()
{
	{
		{
			{
				raise "deep";
			} exception e {
			"*" => sys->print("third %s\n", e);
			}
		} exception e {
		"*" => sys->print("second %s\n", e);
		}
	} exception e {
	"*" => sys->print("first %s\n", e);
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
