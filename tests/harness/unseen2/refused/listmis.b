# refused: consing an int onto a list of string
implement Listmis;
include "sys.m";
include "draw.m";
sys: Sys;
Listmis: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := "a" :: nil;
	l = 3 :: l;
	sys->print("%d\n", len l);
}
