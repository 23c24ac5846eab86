implement PowEdge;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

PowEdge: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

try(x, y: real)
{
	{
		r := math->pow(x, y);
		if(math->isnan(r))
			sys->print("pow(%g, %g) = NaN\n", x, y);
		else
			sys->print("pow(%g, %g) = %g\n", x, y, r);
	} exception {
	"sys: fp*" =>
		sys->print("pow(%g, %g) = trap\n", x, y);
	"*" =>
		sys->print("pow(%g, %g) = exception\n", x, y);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	math->FPcontrol(0, Math->INVAL|Math->ZDIV|Math->OVFL|Math->UNFL|Math->INEX);
	inf := math->Infinity;
	ninf := -inf;
	nan := math->NaN;
	try(2.0, 10.0);
	try(2.0, -2.0);
	try(-2.0, 3.0);
	try(-2.0, 0.5);
	try(0.0, 0.0);
	try(nan, 0.0);
	try(1.0, nan);
	try(0.0, -1.0);
	try(-0.0, -3.0);
	try(10.0, 400.0);
	try(10.0, -400.0);
	try(inf, -1.0);
	try(ninf, 3.0);
	try(0.5, inf);
	try(2.0, ninf);
	try(-1.0, inf);
	try(4.0, 0.5);
	sys->print("pow10(3)=%g pow10(-2)=%g\n", math->pow10(3), math->pow10(-2));
	sys->print("int ** : %d %d %d\n", 3**4, (-2)**5, 7**0);
	sys->print("big ** : %bd\n", big 3**40);
	sys->print("real ** : %g %g\n", 2.0**10, 2.0**-2);
	sys->print("hypot(3,4)=%g cbrt(-27)=%g\n", math->hypot(3.0, 4.0), math->cbrt(-27.0));
}
