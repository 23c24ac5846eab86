implement InfNan;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

InfNan: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

classify(x: real): string
{
	if(math->isnan(x))
		return "nan";
	if(!math->finite(x)){
		if(x > 0.0)
			return "+inf";
		return "-inf";
	}
	if(x == 0.0)
		return "zero";
	return "finite";
}

# run a computation, reporting a floating point trap without its pc
guard(what: string, f: ref fn(a, b: real): real, a, b: real)
{
	{
		r := f(a, b);
		sys->print("%-10s = %g (%s)\n", what, r, classify(r));
	}exception e{
	"sys: fp:*" =>
		sys->print("%-10s trapped: %s\n", what, e[0:len "sys: fp: exception"]);
	}
}

divide(a, b: real): real { return a / b; }
mul(a, b: real): real { return a * b; }
sub(a, b: real): real { return a - b; }
sqrtof(a, nil: real): real { return math->sqrt(a); }

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	inf := Math->Infinity;
	nan := Math->NaN;
	sys->print("Infinity prints as %g, negated %g\n", inf, -inf);
	sys->print("NaN prints as %g\n", nan);
	vals := array[] of {1.0, 0.0, -2.5, inf, -inf, nan, 1e308};
	for(i := 0; i < len vals; i++)
		sys->print("%-12g %-7s isnan=%d finite=%d\n", vals[i], classify(vals[i]), math->isnan(vals[i]), math->finite(vals[i]));
	sys->print("inf > 1e308: %d, -inf < -1e308: %d\n", inf > 1e308, -inf < -1e308);
	sys->print("with traps enabled (control %.4ux):\n", math->getFPcontrol() & 16rffff);
	guard("1/0", divide, 1.0, 0.0);
	guard("1/3", divide, 1.0, 3.0);
	guard("1e300^2", mul, 1e300, 1e300);
	guard("sqrt(-4)", sqrtof, -4.0, 0.0);
	guard("sqrt(16)", sqrtof, 16.0, 0.0);
	old := math->FPcontrol(0, Math->INVAL|Math->ZDIV|Math->OVFL);
	sys->print("traps off (old mask bits %d):\n", old & (Math->INVAL|Math->ZDIV|Math->OVFL));
	guard("1/0", divide, 1.0, 0.0);
	guard("-1/0", divide, -1.0, 0.0);
	guard("1e300^2", mul, 1e300, 1e300);
	guard("inf-inf", sub, inf, inf);
	guard("sqrt(-4)", sqrtof, -4.0, 0.0);
	st := math->FPstatus(0, Math->INVAL|Math->ZDIV|Math->OVFL|Math->UNFL|Math->INEX);
	sys->print("sticky status: inval=%d zdiv=%d ovfl=%d\n", (st & Math->INVAL) != 0, (st & Math->ZDIV) != 0, (st & Math->OVFL) != 0);
	math->FPcontrol(old, Math->INVAL|Math->ZDIV|Math->OVFL);
	sys->print("traps restored:\n");
	guard("1/0", divide, 1.0, 0.0);
}
