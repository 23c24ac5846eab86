implement FpTrap;

include "sys.m";
	sys: Sys;
include "draw.m";

FpTrap: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

rdiv(a, b: real): string
{
	{
		return sys->sprint("%g/%g=%g", a, b, a/b);
	} exception e {
	"*" =>
		return sys->sprint("%g/%g: %s", a, b, e);
	}
}

rmul(a, b: real): string
{
	{
		return sys->sprint("%g*%g=%g", a, b, a*b);
	} exception e {
	"*" =>
		return sys->sprint("%g*%g: %s", a, b, e);
	}
}

toint(r: real): string
{
	{
		return sys->sprint("int %g=%d", r, int r);
	} exception e {
	"*" =>
		return sys->sprint("int %g: %s", r, e);
	}
}

tobig(r: real): string
{
	{
		return sys->sprint("big %g=%bd", r, big r);
	} exception e {
	"*" =>
		return sys->sprint("big %g: %s", r, e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%s\n", rdiv(1.0, 4.0));
	sys->print("%s\n", rdiv(1.0, 0.0));
	sys->print("%s\n", rdiv(-1.0, 0.0));
	sys->print("%s\n", rdiv(0.0, 0.0));
	sys->print("%s\n", rmul(1e200, 1e200));
	sys->print("%s\n", rmul(1e-200, 1e-200));
	sys->print("%s\n", rmul(2.0, 3.5));
	sys->print("%s\n", toint(2.5));
	sys->print("%s\n", toint(3.5));
	sys->print("%s\n", toint(-2.5));
	sys->print("%s\n", toint(2147483647.0));
	sys->print("%s\n", toint(2147483648.0));
	sys->print("%s\n", toint(-2147483649.0));
	sys->print("%s\n", toint(1e300));
	sys->print("%s\n", tobig(1e18));
	sys->print("%s\n", tobig(1e19));
	sys->print("%s\n", tobig(-1e300));
	r := real "1e400";
	sys->print("%s\n", rmul(r, 1.0));
	sys->print("done\n");
}
