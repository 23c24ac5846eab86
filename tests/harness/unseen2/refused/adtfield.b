# refused: reference to a nonexistent adt field
implement Adtfield;
include "sys.m";
include "draw.m";
sys: Sys;
Adtfield: module { init: fn(nil: ref Draw->Context, nil: list of string); };
P: adt { x: int; };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := P(1);
	sys->print("%d\n", p.y);
}
