implement FpTraps;

include "sys.m";
	sys: Sys;
include "draw.m";

FpTraps: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

zero, one, inf, nan, huge: real;

try(n: int)
{
	r := 0.0;
	b := 0;
	{
		case n {
		0 =>	r = one / zero;
		1 =>	r = zero / zero;
		2 =>	r = -one / zero;
		3 =>	r = inf + inf;
		4 =>	r = inf * zero;
		5 =>	r = huge * huge;
		6 =>	r = huge + huge;
		7 =>	b = nan == nan;
		8 =>	b = nan != one;
		9 =>	b = nan < one;
		10 =>	b = nan > one;
		11 =>	b = nan <= one;
		12 =>	b = nan >= one;
		13 =>	b = int nan;
		14 =>	b = int big nan;
		15 =>	r = nan + one;
		16 =>	r = nan * zero;
		17 =>	r = 1e-300 * 1e-300;
		18 =>	r = one / inf;
		19 =>	r = inf / inf;
		20 =>	b = inf > one;
		21 =>	r = real "1e400";
		22 =>	r = -nan;
		}
		sys->print("%d: r=%g b=%d\n", n, r, b);
	} exception e {
	"*" =>
		sys->print("%d: exception %s\n", n, e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	zero = 0.0;
	one = 1.0;
	inf = real "Infinity";
	nan = real "NaN";
	huge = 1e300;
	for(i := 0; i <= 22; i++)
		try(i);
}
