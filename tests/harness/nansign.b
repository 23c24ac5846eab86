implement T20;

include "sys.m";
	sys: Sys;
include "draw.m";

T20: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	n := real "nan";
	m := -n;
	sys->print("%g %g %g %g %g\n", n, m, -m, real "-NaN", real "-Infinity");
	sys->print("%s %s %d\n", string m, string n, m != m);
}
