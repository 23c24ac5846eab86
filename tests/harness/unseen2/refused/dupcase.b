# refused: overlapping case labels
implement Dupcase;
include "sys.m";
include "draw.m";
sys: Sys;
Dupcase: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := 4;
	case x {
	1 to 5 => sys->print("a\n");
	3 => sys->print("b\n");
	}
}
