# refused: function with a return type that can fall off its end
implement Noreturn;
include "sys.m";
include "draw.m";
sys: Sys;
Noreturn: module { init: fn(nil: ref Draw->Context, nil: list of string); };
f(x: int): int { if(x) return 1; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", f(1));
}
