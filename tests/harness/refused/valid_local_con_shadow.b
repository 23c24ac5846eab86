implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# valid: a con in an inner block hides one of the same name outside it
K: con 1;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("global %d\n", K);
	K: con 6;
	sys->print("local %d\n", K);
	{
		K: con "seven";
		sys->print("inner %s\n", K);
		{
			K := 8.5;
			sys->print("var %g\n", K);
		}
	}
	sys->print("local again %d\n", K);
}
