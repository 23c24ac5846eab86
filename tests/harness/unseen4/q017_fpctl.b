implement FPCtl;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

FPCtl: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

divide(a, b: real): string
{
	{
		return sys->sprint("%g", a/b);
	} exception e {
	"sys: fp:*" =>
		return "trap";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	ctl := math->getFPcontrol();
	sys->print("traps on: INVAL=%d ZDIV=%d OVFL=%d\n", (ctl & Math->INVAL) != 0, (ctl & Math->ZDIV) != 0, (ctl & Math->OVFL) != 0);
	sys->print("rounding nearest: %d\n", (ctl & Math->RND_MASK) == Math->RND_NR);
	sys->print("1/0 with traps: %s\n", divide(1.0, 0.0));
	old := math->FPcontrol(0, Math->INVAL|Math->ZDIV|Math->OVFL|Math->UNFL);
	sys->print("old had ZDIV: %d\n", (old & Math->ZDIV) != 0);
	sys->print("1/0 without traps: %s\n", divide(1.0, 0.0));
	sys->print("-1/0 without traps: %s\n", divide(-1.0, 0.0));
	sys->print("0/0 without traps: %s\n", divide(0.0, 0.0));
	sys->print("1e300*1e300: %g\n", 1e300*real sys->tokenize("a", " ").t0 * 1e300);
	math->FPstatus(0, Math->INVAL|Math->ZDIV|Math->OVFL|Math->UNFL|Math->INEX);
	# rounding modes affect rint
	modes := array[] of {Math->RND_NR, Math->RND_NINF, Math->RND_PINF, Math->RND_Z};
	names := array[] of {"nearest", "down", "up", "zero"};
	for(i := 0; i < len modes; i++){
		math->FPcontrol(modes[i], Math->RND_MASK);
		sys->print("%-8s rint(2.5)=%g rint(-2.5)=%g rint(1.2)=%g rint(-1.2)=%g\n", names[i],
			math->rint(2.5), math->rint(-2.5), math->rint(1.2), math->rint(-1.2));
	}
	math->FPcontrol(old, ~0);
	sys->print("restored: %s\n", divide(1.0, 0.0));
}
