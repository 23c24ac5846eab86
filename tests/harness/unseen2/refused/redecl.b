# refused: redeclaring a variable in the same scope with :=
implement Redecl;
include "sys.m";
include "draw.m";
sys: Sys;
Redecl: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := 1;
	x := 2;
	sys->print("%d\n", x);
}
