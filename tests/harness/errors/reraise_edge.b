implement ReraiseEdge;

include "sys.m";
	sys: Sys;
include "draw.m";

ReraiseEdge: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

# which exception does a bare raise send after a nested handler caught another?
nested(): string
{
	{
		{
			raise "A";
		} exception e {
		"*" =>
			{
				raise "B";
			} exception f {
			"*" =>
				sys->print("  inner caught %s while handling %s\n", f, e);
			}
			raise;
		}
	} exception g {
	"*" =>
		return "outer got " + g;
	}
	return "none";
}

# a bare raise after a runtime error was caught inside the handler
nested2(): string
{
	{
		{
			raise "first";
		} exception e {
		"first" =>
			{
				a: array of int;
				a[0] = 1;
			} exception {
			"*" =>
				;
			}
			raise;
		}
	} exception g {
	"*" =>
		return "outer got " + g;
	}
	return "none";
}

# the handler variable may be changed before a re-raise
changed(): string
{
	{
		{
			raise "orig";
		} exception e {
		"*" =>
			e = "changed";
			sys->print("  e now %s\n", e);
			raise;
		}
	} exception g {
	"*" =>
		return "outer got " + g;
	}
	return "none";
}

# raise e (explicit) versus raise
explicit(): string
{
	{
		{
			raise "x1";
		} exception e {
		"*" =>
			raise e + "+";
		}
	} exception g {
	"*" =>
		return "outer got " + g;
	}
	return "none";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%s\n", nested());
	sys->print("%s\n", nested2());
	sys->print("%s\n", changed());
	sys->print("%s\n", explicit());
	sys->print("done\n");
}
