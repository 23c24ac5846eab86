implement T;
#deviation: the real limbo crashes on it ("fatal limbo compiler error: can't len"); disbridge runs it
include "sys.m";
include "draw.m";
sys: Sys;
T: module { init: fn(nil: ref Draw->Context, nil: list of string); };
f(): string { return nil; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("eq %d\n", f() == nil);
	sys->print("len %d\n", len f());
	sys->print("cat [%s]\n", f() + "x");
	sys->print("s [%s]\n", f());
	t := f();
	sys->print("lt %d\n", t < "a");
	sys->print("real %g\n", real f());
	sys->print("big %bd\n", big f());
	sys->print("int %d\n", int f());
}
