implement FpTrapsDefault;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
FpTrapsDefault: module { init: fn(nil: ref Draw->Context, nil: list of string); };
# Inferno starts a program with invalid, divide-by-zero, overflow and underflow trapping
init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	sys->print("control %ux status %ux\n", math->getFPcontrol(), math->getFPstatus());
	one := real len args;
	zero := one - one;
	huge := 1e300 * one;
	tiny := 1e-300 * one;
	inf := Math->Infinity * one;
	{ sys->print("1/0 = %g\n", one/zero); } exception e { "*" => sys->print("1/0: %s\n", e); }
	{ sys->print("-1/0 = %g\n", -one/zero); } exception e { "*" => sys->print("-1/0: %s\n", e); }
	{ sys->print("0/0 = %g\n", zero/zero); } exception e { "*" => sys->print("0/0: %s\n", e); }
	{ sys->print("huge*huge = %g\n", huge*huge); } exception e { "*" => sys->print("huge*huge: %s\n", e); }
	{ sys->print("huge+huge*1e8 = %g\n", huge + huge*1e8); } exception e { "*" => sys->print("huge+: %s\n", e); }
	{ sys->print("tiny*tiny = %g\n", tiny*tiny); } exception e { "*" => sys->print("tiny*tiny: %s\n", e); }
	{ sys->print("tiny/1e10 = %g\n", tiny/1e10); } exception e { "*" => sys->print("tiny/1e10: %s\n", e); }
	{ sys->print("tiny*1e-8 = %g\n", tiny*1e-8); } exception e { "*" => sys->print("tiny*1e-8: %s\n", e); }
	{ sys->print("1/3 = %g\n", one/3.0); } exception e { "*" => sys->print("1/3: %s\n", e); }
	{ sys->print("inf+1 = %g\n", inf + one); } exception e { "*" => sys->print("inf+1: %s\n", e); }
	{ sys->print("inf*2 = %g\n", inf * 2.0); } exception e { "*" => sys->print("inf*2: %s\n", e); }
	{ sys->print("inf-inf = %g\n", inf - inf); } exception e { "*" => sys->print("inf-inf: %s\n", e); }
	{ sys->print("inf*0 = %g\n", inf * zero); } exception e { "*" => sys->print("inf*0: %s\n", e); }
	{ sys->print("inf/inf = %g\n", inf / inf); } exception e { "*" => sys->print("inf/inf: %s\n", e); }
	{ sys->print("1/inf = %g\n", one / inf); } exception e { "*" => sys->print("1/inf: %s\n", e); }
	{ sys->print("-0*1 = %g\n", -zero * one); } exception e { "*" => sys->print("-0*1: %s\n", e); }
	{ sys->print("0/-1 = %g\n", zero / -one); } exception e { "*" => sys->print("0/-1: %s\n", e); }
	{ sys->print("-inf = %g\n", -inf); } exception e { "*" => sys->print("-inf: %s\n", e); }
	{ sys->print("inf**2 = %g\n", inf ** 2); } exception e { "*" => sys->print("inf**2: %s\n", e); }
	{ sys->print("10.0**400 = %g\n", (10.0*one) ** 400); } exception e { "*" => sys->print("10**400: %s\n", e); }
	{ sys->print("2.0**-1080 = %g\n", (2.0*one) ** -1080); } exception e { "*" => sys->print("2**-1080: %s\n", e); }
	{ sys->print("0.0**-1 = %g\n", zero ** -1); } exception e { "*" => sys->print("0**-1: %s\n", e); }
	sys->print("status now %ux\n", math->getFPstatus());
	sys->print("control now %ux\n", math->getFPcontrol());
}
