implement MathWrongSig;

include "sys.m";
	sys: Sys;
include "draw.m";

Math: module
{
	PATH:	con "$Math";
	sqrt:	fn(x: int): int;
	fabs:	fn(x: real): real;
};

MathWrongSig: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math := load Math Math->PATH;
	sys->print("math nil %d [%r]\n", math == nil);
	if(math != nil)
		sys->print("fabs %g sqrt %d\n", math->fabs(-2.5), math->sqrt(16));
	{
		sys->print("fabs %g\n", math->fabs(-2.5));
	} exception e {
	"*" =>
		sys->print("call: %s\n", e);
	}
	sys->print("done\n");
}
