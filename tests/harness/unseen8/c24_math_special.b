implement MathSpecial;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

MathSpecial: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

classify(x: real): string
{
	if(math->isnan(x))
		return "nan";
	if(!math->finite(x)) {
		if(x > 0.0)
			return "+inf";
		return "-inf";
	}
	if(x == 0.0)
		return "zero";
	return "finite";
}

guarded(label: string, f: ref fn(a, b: real): real, a, b: real)
{
	{
		r := f(a, b);
		sys->print("%-12s -> %s (%s)\n", label, classify(r), fmt(r));
	} exception {
	"*" =>
		sys->print("%-12s -> floating point trap\n", label);
	}
}

# NaN sign is not portable; print a neutral form
fmt(x: real): string
{
	if(math->isnan(x))
		return "NaN";
	return sys->sprint("%g", x);
}

quot(a, b: real): real
{
	return a / b;
}

root(a, nil: real): real
{
	return math->sqrt(a);
}

logf(a, nil: real): real
{
	return math->log(a);
}

prod(a, b: real): real
{
	return a * b;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;

	inf := Math->Infinity;
	nan := Math->NaN;
	sys->print("constants: %g %g %g\n", inf, -inf, nan);
	sys->print("isnan(NaN)=%d isnan(1)=%d finite(inf)=%d finite(1e308)=%d\n",
		math->isnan(nan), math->isnan(1.0), math->finite(inf), math->finite(1e308));
	sys->print("classes: %s %s %s %s %s\n", classify(inf), classify(-inf), classify(nan),
		classify(0.0), classify(-2.5));
	sys->print("MachEps=%g nextafter(1,2)-1=%g\n", Math->MachEps, math->nextafter(1.0, 2.0) - 1.0);
	sys->print("ilogb(1024)=%d ilogb(0.1)=%d scalbn(1.5, 4)=%g\n",
		math->ilogb(1024.0), math->ilogb(0.1), math->scalbn(1.5, 4));

	sys->print("-- with default traps enabled --\n");
	guarded("1/0", quot, 1.0, 0.0);
	guarded("0/0", quot, 0.0, 0.0);
	guarded("sqrt(-1)", root, -1.0, 0.0);
	guarded("log(0)", logf, 0.0, 0.0);
	guarded("6/4", quot, 6.0, 4.0);
	guarded("inf*2", prod, inf, 2.0);

	old := math->FPcontrol(0, Math->INVAL | Math->ZDIV);
	sys->print("-- with invalid and divide traps disabled --\n");
	guarded("1/0", quot, 1.0, 0.0);
	guarded("-1/0", quot, -1.0, 0.0);
	guarded("0/0", quot, 0.0, 0.0);
	guarded("sqrt(-1)", root, -1.0, 0.0);
	guarded("log(0)", logf, 0.0, 0.0);
	guarded("inf*0", prod, inf, 0.0);
	st := math->getFPstatus();
	sys->print("sticky flags: invalid=%d zdiv=%d\n", (st & Math->INVAL) != 0, (st & Math->ZDIV) != 0);
	sys->print("inf > 1e308: %d  -inf < -1e308: %d\n", inf > 1e308, -inf < -1e308);

	# clear the sticky status before turning the traps back on
	math->FPstatus(0, Math->INVAL | Math->ZDIV | Math->OVFL | Math->UNFL | Math->INEX);
	math->FPcontrol(old, Math->INVAL | Math->ZDIV);
	sys->print("-- traps restored --\n");
	guarded("1/0", quot, 1.0, 0.0);
	sys->print("control restored: %d\n", (math->getFPcontrol() & (Math->INVAL | Math->ZDIV)) == (old & (Math->INVAL | Math->ZDIV)));
}
