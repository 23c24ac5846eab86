implement Ieee754;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Ieee754: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

TRAPS: con Math->INVAL | Math->ZDIV | Math->OVFL | Math->UNFL;

fields(x: real): string
{
	b := math->realbits64(x);
	sign := int (b >> 63) & 1;
	exp := int (b >> 52) & 16r7ff;
	mant := b & ((big 1 << 52) - big 1);
	return sys->sprint("%.16bux s=%d e=%4d m=%.13bux", b, sign, exp, mant);
}

classify(x: real): string
{
	if(math->isnan(x))
		return "nan";
	if(!math->finite(x))
		return "inf";
	if(x == 0.0)
		return "zero";
	if(math->fabs(x) < 2.2250738585072014e-308)
		return "subnormal";
	return "normal";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;

	vals := array[] of {1.0, -2.0, 0.1, 1.0/3.0, 2.2250738585072014e-308, 1.7976931348623157e308, 0.0, -0.0};
	for(i := 0; i < len vals; i++)
		sys->print("%-24g %-9s %s\n", vals[i], classify(vals[i]), fields(vals[i]));

	sys->print("bits back: %g %g\n", math->bits64real(big 16r4000000000000000),
		math->bits64real(big 16rc010000000000000));
	sys->print("float32 of 0.1: %.8ux -> %.10f\n", math->realbits32(0.1),
		math->bits32real(math->realbits32(0.1)));

	# overflow traps by default
	huge := 1e308;
	{
		sys->print("1e308*10 = %g\n", huge * 10.0);
	} exception {
	"sys: fp*" =>
		sys->print("1e308*10 trapped (overflow is fatal by default)\n");
	}

	# make the exceptions quiet, look at the special values, then restore
	old := math->FPcontrol(0, TRAPS);
	sys->print("trap bits that were enabled: inval=%d zdiv=%d ovfl=%d unfl=%d\n",
		(old & Math->INVAL) != 0, (old & Math->ZDIV) != 0, (old & Math->OVFL) != 0, (old & Math->UNFL) != 0);
	math->FPstatus(0, TRAPS | Math->INEX);
	zero := 0.0;
	inf := 1.0 / zero;
	ninf := -1.0 / zero;
	nan := zero / zero;
	sys->print("1/0=%g -1/0=%g 0/0 isnan=%d finite(1/0)=%d\n", inf, ninf, math->isnan(nan), math->finite(inf));
	sys->print("inf>1e308 %d, -inf<-1e308 %d, copysign(1,-inf)=%g\n", inf > 1e308, ninf < -1e308, math->copysign(1.0, ninf));
	sys->print("1e308*10 = %g, classify=%s\n", huge * 10.0, classify(huge * 10.0));
	st := math->FPstatus(0, TRAPS);
	sys->print("status flags: inval=%d zdiv=%d ovfl=%d\n",
		(st & Math->INVAL) != 0, (st & Math->ZDIV) != 0, (st & Math->OVFL) != 0);

	# gradual underflow
	t := 1e-300;
	steps := 0;
	while(t > 0.0){
		t /= 1e3;
		steps++;
	}
	sys->print("1e-300 reached zero after %d divisions by 1000\n", steps);
	sys->print("smallest subnormal: %g  %s\n", math->nextafter(0.0, 1.0), fields(math->nextafter(0.0, 1.0)));
	math->FPstatus(0, TRAPS | Math->INEX);	# clear sticky flags before re-enabling traps
	math->FPcontrol(old, TRAPS);

	sys->print("after 1.0: %.17g, before 1.0: %.17g\n", math->nextafter(1.0, 2.0), math->nextafter(1.0, 0.0));
	sys->print("ulp at 1e16 = %g\n", math->nextafter(1e16, 1e17) - 1e16);
	sys->print("2^53+1 = %.17g (as big %bd)\n", real ((big 1 << 53) + big 1), (big 1 << 53) + big 1);

	# rounding modes affect rint
	one := vals[0];
	modes := array[] of {Math->RND_NR, Math->RND_NINF, Math->RND_PINF, Math->RND_Z};
	mnames := array[] of {"nearest", "down", "up", "zero"};
	for(m := 0; m < len modes; m++){
		prev := math->FPcontrol(modes[m], Math->RND_MASK);
		sys->print("%-8s rint: 2.5->%g -2.5->%g 3.5->%g -1.2->%g  1/3=%.17g -1/3=%.17g\n", mnames[m],
			math->rint(2.5), math->rint(-2.5), math->rint(3.5), math->rint(-1.2), one / 3.0, -one / 3.0);
		math->FPcontrol(prev, Math->RND_MASK);
	}
	sys->print("controls restored: %d\n", math->getFPcontrol() == old);
}
