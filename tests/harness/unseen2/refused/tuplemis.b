# refused: destructuring a tuple into the wrong number of names
implement Tuplemis;
include "sys.m";
include "draw.m";
sys: Sys;
Tuplemis: module { init: fn(nil: ref Draw->Context, nil: list of string); };
pair(): (int, string) { return (1, "a"); }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	(a, b, c) := pair();
	sys->print("%d %s\n", a, b);
}
