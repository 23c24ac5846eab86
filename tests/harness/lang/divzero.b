implement DivZero;

include "sys.m";
	sys: Sys;
include "draw.m";

DivZero: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

try(n: int)
{
	zero := 0;
	mone := -1;
	min := -2147483647 - 1;
	bmin := -16r7fffffffffffffff - big 1;
	r := "";
	{
		case n {
		0 =>	r = string (7 / zero);
		1 =>	r = string (7 % zero);
		2 =>	r = string (big 7 / big zero);
		3 =>	r = string (big 7 % big zero);
		4 =>	r = string int (byte 7 / byte zero);
		5 =>	r = string int (byte 7 % byte zero);
		6 =>	r = string (min / mone);
		7 =>	r = string (min % mone);
		8 =>	r = string (bmin / big mone);
		9 =>	r = string (bmin % big mone);
		10 =>	x := 5; x /= zero; r = string x;
		11 =>	r = string (zero ** -1);
		12 =>	r = string (min * mone);
		13 =>	r = string (-min);
		}
		sys->print("%d: %s\n", n, r);
	} exception e {
	"*" =>
		sys->print("%d: exception %s\n", n, e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i <= 13; i++)
		try(i);
}
