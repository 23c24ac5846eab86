implement FpNanCompare;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
FpNanCompare: module { init: fn(nil: ref Draw->Context, nil: list of string); };
# a NaN in a comparison, in arithmetic and through Math, under the default and the masked FP control
init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	for(round := 0; round < 2; round++){
		sys->print("-- control %ux\n", math->getFPcontrol());
		n := Math->NaN * real len args;
		one := real len args;
		{ sys->print("n==n %d\n", n == n); } exception e { "*" => sys->print("n==n TRAP\n"); }
		{ sys->print("n!=n %d\n", n != n); } exception e { "*" => sys->print("n!=n TRAP\n"); }
		{ sys->print("n<1 %d\n", n < one); } exception e { "*" => sys->print("n<1 TRAP\n"); }
		{ sys->print("n>=1 %d\n", n >= one); } exception e { "*" => sys->print("n>=1 TRAP\n"); }
		{ sys->print("1<=n %d\n", one <= n); } exception e { "*" => sys->print("1<=n TRAP\n"); }
		{ if(n == one) sys->print("if eq\n"); else sys->print("if not eq\n"); } exception e { "*" => sys->print("if TRAP\n"); }
		{ sys->print("n+1 %g\n", n + one); } exception e { "*" => sys->print("n+1 TRAP\n"); }
		{ sys->print("n*0 %g\n", n * 0.0); } exception e { "*" => sys->print("n*0 TRAP\n"); }
		{ sys->print("-n %g\n", -n); } exception e { "*" => sys->print("-n TRAP\n"); }
		{ sys->print("int n %d\n", int n); } exception e { "*" => sys->print("int n TRAP\n"); }
		{ sys->print("big n %bd\n", big n); } exception e { "*" => sys->print("big n TRAP\n"); }
		{ sys->print("string n %s\n", string n); } exception e { "*" => sys->print("string n TRAP\n"); }
		{ sys->print("sqrt n %g\n", math->sqrt(n)); } exception e { "*" => sys->print("sqrt n TRAP\n"); }
		{ sys->print("sin n %g\n", math->sin(n)); } exception e { "*" => sys->print("sin n TRAP\n"); }
		{ sys->print("isnan %d finite %d\n", math->isnan(n), math->finite(n)); } exception e { "*" => sys->print("isnan TRAP\n"); }
		{ sys->print("fabs %g floor %g\n", math->fabs(n), math->floor(n)); } exception e { "*" => sys->print("fabs TRAP\n"); }
		{ sys->print("fmax(n,1) %g fmin(1,n) %g\n", math->fmax(n, one), math->fmin(one, n)); } exception e { "*" => sys->print("fmax TRAP\n"); }
		math->FPcontrol(0, Math->INVAL|Math->ZDIV|Math->OVFL|Math->UNFL);
	}
	sys->print("status %ux\n", math->getFPstatus() & 16r1f);
}
