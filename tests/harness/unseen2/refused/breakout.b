# refused: break outside of a loop and continue to an unknown label
implement Breakout;
include "sys.m";
include "draw.m";
sys: Sys;
Breakout: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := 1;
	if(x) break;
	for(;;) continue nolabel;
}
