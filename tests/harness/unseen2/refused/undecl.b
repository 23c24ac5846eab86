# refused: use of an undeclared name
implement Undecl;
include "sys.m";
include "draw.m";
sys: Sys;
Undecl: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	y := 3;
	sys->print("%d\n", y + zz);
}
