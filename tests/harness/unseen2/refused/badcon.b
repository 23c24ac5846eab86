# refused: non-constant expression in con declaration
implement Badcon;
include "sys.m";
include "draw.m";
sys: Sys;
Badcon: module { init: fn(nil: ref Draw->Context, nil: list of string); };
v := 3;
K: con v + 1;
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", K);
}
