implement T;
include "sys.m"; sys: Sys;
include "draw.m";
T: module { init: fn(nil: ref Draw->Context, nil: list of string); };
f() { sys->print("f\n"); }
g(x: int) { if(x) return f(); sys->print("g\n"); }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	g(1); g(0);
	return g(1);
}
