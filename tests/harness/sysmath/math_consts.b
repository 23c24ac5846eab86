implement MathConsts;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
MathConsts: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	sys->print("Pi %g %s\n", Math->Pi, string Math->Pi);
	sys->print("Degree %g %s\n", Math->Degree, string Math->Degree);
	sys->print("MachEps %g %s %e\n", Math->MachEps, string Math->MachEps, Math->MachEps);
	sys->print("1+MachEps>1 %d 1+MachEps/2>1 %d\n", 1.0 + Math->MachEps > 1.0, 1.0 + Math->MachEps/2.0 > 1.0);
	sys->print("Infinity %g %s\n", Math->Infinity, string Math->Infinity);
	sys->print("NaN %g %s\n", Math->NaN, string Math->NaN);
	sys->print("bits Inf %bx -Inf %bx\n", math->realbits64(Math->Infinity), math->realbits64(-Math->Infinity));
	sys->print("bits NaN %bx -NaN %bx\n", math->realbits64(Math->NaN), math->realbits64(-Math->NaN));
	sys->print("bits Pi %bx MachEps %bx\n", math->realbits64(Math->Pi), math->realbits64(Math->MachEps));
	sys->print("flags %d %d %d %d %d\n", Math->INVAL, Math->ZDIV, Math->OVFL, Math->UNFL, Math->INEX);
	sys->print("rnd %x %x %x %x %x\n", Math->RND_NR, Math->RND_NINF, Math->RND_PINF, Math->RND_Z, Math->RND_MASK);
	sys->print("path %s\n", Math->PATH);
	x := Math->Pi * 2.0;
	sys->print("2pi %s sin %g\n", string x, math->sin(x));
	y := 1e400 - 1e400;
	sys->print("const inf-inf %g bits %bx\n", y, math->realbits64(y));
	z := 0.0 * 1e400;
	sys->print("const 0*inf %g\n", z);
	w := -(0./0.);
	sys->print("const -(0/0) %g bits %bx\n", w, math->realbits64(w));
	v := -0.0;
	sys->print("const -0.0 %g bits %bx\n", v, math->realbits64(v));
	u := 0.0 - 0.0;
	sys->print("const 0-0 %g bits %bx\n", u, math->realbits64(u));
}
