# refused: adt constructor with the wrong argument types
implement Adtcons;
include "sys.m";
include "draw.m";
sys: Sys;
Adtcons: module { init: fn(nil: ref Draw->Context, nil: list of string); };
P: adt { x: int; s: string; };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := P("a", 1);
	sys->print("%d\n", p.x);
}
