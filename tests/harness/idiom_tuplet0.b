implement T;
include "sys.m"; sys: Sys;
include "draw.m";
T: module { init: fn(nil: ref Draw->Context, nil: list of string); };
f(): (int, string) { return (7, "seven"); }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	t := f();
	sys->print("%d %s %d\n", f().t0, f().t1, t.t0);
}
