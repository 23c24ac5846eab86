# refused: returning a value from a function with no return type and missing return value
implement Retmis;
include "sys.m";
include "draw.m";
sys: Sys;
Retmis: module { init: fn(nil: ref Draw->Context, nil: list of string); };
f() { return 3; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	f();
}
