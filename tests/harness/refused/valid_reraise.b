implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# valid: a bare raise inside a handler passes the exception on
inner(s: string)
{
	{
		raise s;
	} exception {
	"keep*" =>
		sys->print("kept\n");
	* =>
		sys->print("passing on\n");
		raise;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inner("keepme");
	{
		inner("other");
	} exception e {
	* =>
		sys->print("outer got it\n");
	"x" =>
		sys->print("no\n");
	}
}
