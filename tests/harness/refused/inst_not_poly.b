implement InstNotPoly;

# the alias of an instance of a plain adt, used: refused at the alias
include "sys.m";
	sys: Sys;
include "draw.m";

InstNotPoly: module { init: fn(nil: ref Draw->Context, nil: list of string); };

E: adt { n: int; };
Alias: type E[string];

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a: Alias;
	a.n = 4;
	sys->print("ok %d\n", a.n);
}
