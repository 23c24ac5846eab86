implement SqrtNeg;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

SqrtNeg: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

trysqrt(x: real): string
{
	{
		r := math->sqrt(x);
		return sys->sprint("%g (nan=%d)", r, math->isnan(r));
	} exception e {
	"sys: fp*" =>
		return "floating point trap";
	"*" =>
		return "other exception";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	all := Math->INVAL|Math->ZDIV|Math->OVFL|Math->UNFL|Math->INEX;
	sys->print("default traps: inval=%d zdiv=%d ovfl=%d\n",
		(math->getFPcontrol() & Math->INVAL) != 0,
		(math->getFPcontrol() & Math->ZDIV) != 0,
		(math->getFPcontrol() & Math->OVFL) != 0);
	vals := array[] of {4.0, 2.0, 0.0, -0.0, -1.0, -1e-300};
	for(i := 0; i < len vals; i++)
		sys->print("traps on:  sqrt(%g) = %s\n", vals[i], trysqrt(vals[i]));
	old := math->FPcontrol(0, Math->INVAL);
	sys->print("old control had inval: %d\n", (old & Math->INVAL) != 0);
	for(i = 0; i < len vals; i++)
		sys->print("traps off: sqrt(%g) = %s\n", vals[i], trysqrt(vals[i]));
	nan := math->sqrt(-4.0);
	sys->print("nan == nan: %d  nan != nan: %d  nan < 1: %d  nan > 1: %d\n", nan == nan, nan != nan, nan < 1.0, nan > 1.0);
	sys->print("nan + 1 is nan: %d  finite(nan): %d\n", math->isnan(nan + 1.0), math->finite(nan));
	sys->print("status has inval: %d\n", (math->getFPstatus() & Math->INVAL) != 0);
	math->FPstatus(0, all);
	sys->print("status cleared: %d\n", math->getFPstatus() & all);
	math->FPcontrol(Math->INVAL, Math->INVAL);
	sys->print("traps back on:  sqrt(-9) = %s\n", trysqrt(-9.0));
	sys->print("log(-1) with traps on: ");
	{
		v := math->log(-1.0);
		sys->print("%g\n", v);
	} exception {
	"sys: fp*" =>
		sys->print("trap\n");
	}
	math->FPcontrol(0, Math->INVAL);
	sys->print("log(-1) with traps off: nan=%d\n", math->isnan(math->log(-1.0)));
	sys->print("string of NaN: %s\n", string nan);
}
