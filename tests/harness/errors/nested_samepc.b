implement NestedSamePc;
include "sys.m";
	sys: Sys;
include "draw.m";
NestedSamePc: module { init: fn(nil: ref Draw->Context, nil: list of string); };
# outer { mid { raise } exception { handler with inner try } } 
v1()
{
	{
		{
			raise "A";
		} exception e {
		"*" =>
			sys->print("v1 mid %s\n", e);
			{
				raise "B";
			} exception f {
			"*" =>
				sys->print("v1 inner %s\n", f);
			}
		}
	} exception g {
	"*" =>
		sys->print("v1 outer %s\n", g);
	}
}
# without the inner try
v2()
{
	{
		{
			raise "A";
		} exception e {
		"*" =>
			sys->print("v2 mid %s\n", e);
		}
	} exception g {
	"*" =>
		sys->print("v2 outer %s\n", g);
	}
}
# inner try that raises nothing
v3()
{
	{
		{
			raise "A";
		} exception e {
		"*" =>
			sys->print("v3 mid %s\n", e);
			{
				sys->print("v3 inner body\n");
			} exception f {
			"*" =>
				sys->print("v3 inner %s\n", f);
			}
		}
	} exception g {
	"*" =>
		sys->print("v3 outer %s\n", g);
	}
}
# statement before the mid try
v4()
{
	{
		sys->print("v4 start\n");
		{
			raise "A";
		} exception e {
		"*" =>
			sys->print("v4 mid %s\n", e);
			{
				raise "B";
			} exception f {
			"*" =>
				sys->print("v4 inner %s\n", f);
			}
		}
	} exception g {
	"*" =>
		sys->print("v4 outer %s\n", g);
	}
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	v1();
	v2();
	v3();
	v4();
	{
		{
			raise "A";
		} exception e {
		"*" =>
			sys->print("init mid %s\n", e);
			{
				raise "B";
			} exception f {
			"*" =>
				sys->print("init inner %s\n", f);
			}
		}
	} exception g {
	"*" =>
		sys->print("init outer %s\n", g);
	}
}
