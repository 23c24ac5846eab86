implement FpRounding;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
FpRounding: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	one := real len args;
	modes := array[] of {Math->RND_NR, Math->RND_NINF, Math->RND_PINF, Math->RND_Z};
	names := array[] of {"nearest", "-inf", "+inf", "zero"};
	xs := array[] of {2.5, 3.5, -2.5, 2.7, -2.7, 0.5};
	for(m := 0; m < len modes; m++){
		old := math->FPcontrol(modes[m], Math->RND_MASK);
		sys->print("%s (was %ux now %ux):", names[m], old & Math->RND_MASK, math->getFPcontrol() & Math->RND_MASK);
		for(i := 0; i < len xs; i++){
			x := xs[i] * one;
			sys->print(" [%g rint %g int %d big %bd]", x, math->rint(x), int x, big x);
		}
		sys->print("\n");
		t := one / 3.0;
		u := -one / 3.0;
		sys->print("  1/3 %s -1/3 %s 2/3 %s\n", string t, string u, string (2.0*one/3.0));
		sys->print("  1+eps/2 %d  sqrt2 %s\n", one + Math->MachEps*0.75 > one, string math->sqrt(2.0*one));
	}
	math->FPcontrol(Math->RND_NR, Math->RND_MASK);
	sys->print("back %ux\n", math->getFPcontrol());
}
