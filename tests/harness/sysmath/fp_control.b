implement FpControl;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
FpControl: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	one := real len args;
	zero := one - one;
	sys->print("initial control %ux status %ux\n", math->getFPcontrol(), math->getFPstatus());
	old := math->FPcontrol(0, Math->ZDIV);
	sys->print("FPcontrol returned %ux now %ux\n", old, math->getFPcontrol());
	{ sys->print("1/0 = %g\n", one/zero); } exception e { "*" => sys->print("1/0: %s\n", e); }
	sys->print("status after 1/0: %ux\n", math->getFPstatus());
	{ sys->print("0/0 = %g\n", zero/zero); } exception e { "*" => sys->print("0/0: %s\n", e); }
	old = math->FPcontrol(0, Math->INVAL);
	{ sys->print("0/0 = %g\n", zero/zero); } exception e { "*" => sys->print("0/0: %s\n", e); }
	sys->print("status: %ux\n", math->getFPstatus());
	old = math->FPstatus(0, Math->INVAL|Math->ZDIV|Math->OVFL|Math->UNFL|Math->INEX);
	sys->print("FPstatus returned %ux now %ux\n", old, math->getFPstatus());
	{ sys->print("1e300*1e300 = %g\n", (1e300*one)*1e300); } exception e { "*" => sys->print("ovf: %s\n", e); }
	math->FPcontrol(0, Math->OVFL);
	{ sys->print("1e300*1e300 = %g\n", (1e300*one)*1e300); } exception e { "*" => sys->print("ovf: %s\n", e); }
	sys->print("status: %ux\n", math->getFPstatus());
	{ sys->print("1e-300*1e-300 = %g\n", (1e-300*one)*1e-300); } exception e { "*" => sys->print("unf: %s\n", e); }
	math->FPcontrol(0, Math->UNFL);
	{ sys->print("1e-300*1e-300 = %g\n", (1e-300*one)*1e-300); } exception e { "*" => sys->print("unf: %s\n", e); }
	{ sys->print("1e-300*1e-10 = %g\n", (1e-300*one)*(1e-10*one)); } exception e { "*" => sys->print("den: %s\n", e); }
	sys->print("status: %ux\n", math->getFPstatus());
	math->FPstatus(0, 16r1f);
	x := one / 3.0;
	sys->print("inexact status: %ux\n", math->getFPstatus());
	{
		math->FPcontrol(Math->INEX, Math->INEX);
		sys->print("control with INEX: %ux\n", math->getFPcontrol());
	} exception e { "*" => sys->print("enable INEX with INEX pending: %s\n", e); }
	sys->print("control: %ux status: %ux\n", math->getFPcontrol(), math->getFPstatus());
	{ sys->print("1/3 = %g\n", one/3.0); } exception e { "*" => sys->print("1/3: %s\n", e); }
	{ sys->print("1/4 = %g\n", one/4.0); } exception e { "*" => sys->print("1/4: %s\n", e); }
	{ math->FPcontrol(0, Math->INEX); } exception e { "*" => sys->print("disable INEX: %s\n", e); }
	{ math->FPcontrol(Math->INVAL|Math->ZDIV, Math->INVAL|Math->ZDIV); } exception e { "*" => sys->print("enable INVAL|ZDIV: %s\n", e); }
	{ sys->print("1/0 = %g\n", one/zero); } exception e { "*" => sys->print("1/0 again: %s\n", e); }
	sys->print("final control %ux\n", math->getFPcontrol());
	sys->print("x %g\n", x);
}
