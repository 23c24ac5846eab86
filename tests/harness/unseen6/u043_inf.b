implement InfArith;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

InfArith: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

desc(x: real): string
{
	if(math->isnan(x))
		return "NaN";
	if(!math->finite(x)){
		if(x > 0.0)
			return "+Inf";
		return "-Inf";
	}
	return sys->sprint("%g", x);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	one := 1.0;
	zero := 0.0;
	{
		r := one / zero;
		sys->print("1/0 with traps on: %s\n", desc(r));
	} exception e {
	"sys: fp*" =>
		sys->print("1/0 with traps on: trapped\n");
	}
	math->FPcontrol(0, Math->INVAL|Math->ZDIV|Math->OVFL|Math->UNFL|Math->INEX);
	inf := one / zero;
	ninf := -one / zero;
	sys->print("1/0 = %s  -1/0 = %s  %%g: %g %g\n", desc(inf), desc(ninf), inf, ninf);
	sys->print("inf+inf=%s inf-inf=%s inf*0=%s inf/inf=%s\n", desc(inf+inf), desc(inf-inf), desc(inf*zero), desc(inf/inf));
	sys->print("1/inf=%s -1/inf=%s  0/0=%s\n", desc(one/inf), desc(-one/inf), desc(zero/zero));
	sys->print("inf > 1e308: %d  -inf < -1e308: %d  inf == inf: %d\n", inf > 1e308, ninf < -1e308, inf == inf);
	big1 := 1e308;
	sys->print("1e308*10 = %s  -1e308*10 = %s\n", desc(big1*10.0), desc(-big1*10.0));
	tiny := 1e-300;
	sys->print("1e-300/1e10 nonzero: %d  1e-300*1e-100 = %s\n", tiny/1e10 != 0.0, desc(tiny*1e-100));
	sys->print("Infinity const = %s  NaN const isnan = %d\n", desc(Math->Infinity), math->isnan(Math->NaN));
	sys->print("finite: 1=%d inf=%d nan=%d\n", math->finite(1.0), math->finite(inf), math->finite(zero/zero));
	sys->print("isnan: 1=%d inf=%d nan=%d\n", math->isnan(1.0), math->isnan(inf), math->isnan(zero/zero));
	sys->print("fabs(-inf)=%s  sqrt(inf)=%s  exp(-inf)=%s  exp(inf)=%s\n", desc(math->fabs(ninf)), desc(math->sqrt(inf)), desc(math->exp(ninf)), desc(math->exp(inf)));
	sys->print("log(0)=%s  atan(inf)=%.6f  tanh(inf)=%s\n", desc(math->log(zero)), math->atan(inf), desc(math->tanh(inf)));
	sys->print("string inf = %s  real \"Infinity\" = %s\n", string inf, desc(real "Infinity"));
	sys->print("max of list with inf: ");
	l := 3.0 :: inf :: -2.0 :: nil;
	m := ninf;
	for(; l != nil; l = tl l)
		if(hd l > m)
			m = hd l;
	sys->print("%s\n", desc(m));
	x := 1.0;
	n := 0;
	while(x != inf){
		x *= 2.0;
		n++;
	}
	sys->print("doublings to reach inf: %d\n", n);
}
