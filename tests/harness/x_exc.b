implement T;
include "sys.m";
include "draw.m";
sys: Sys;
T: module { init: fn(nil: ref Draw->Context, nil: list of string); };
E: exception(int, string);
F: exception;
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		g(3);
	} exception e {
	E =>
		(n, s) := e;
		sys->print("E %d %s\n", n, s);
	}
	{
		raise F;
	} exception e {
	F =>
		sys->print("F caught\n");
	}

}
g(n: int)
{
	raise E(n, "three");
}
