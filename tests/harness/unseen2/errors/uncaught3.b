# exercises uncaught fail: exception and uncaught nil dereference in a spawned-free nested call
implement Uncaught3;
include "sys.m";
include "draw.m";
sys: Sys;
Uncaught3: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("start\n");
	{
		raise "nomatch";
	} exception e {
	"fail:*" => sys->print("wrong %s\n", e);
	}
	sys->print("never\n");
}
