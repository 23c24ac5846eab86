implement FpControl;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

FpControl: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

div(a, b: real): string
{
	{
		return sys->sprint("%g", a/b);
	} exception e {
	"sys: fp:*" =>
		return "fp trap";
	}
}

lg(x: real): string
{
	{
		return sys->sprint("%g", math->log(x));
	} exception e {
	"sys: fp:*" =>
		return "fp trap";
	}
}

sq(x: real): string
{
	{
		return sys->sprint("%g", math->sqrt(x));
	} exception e {
	"sys: fp:*" =>
		return "fp trap";
	}
}

conv(x: real): string
{
	{
		return sys->sprint("%d", int x);
	} exception e {
	"sys: fp:*" =>
		return "fp trap";
	}
}

show(what: string)
{
	sys->print("%s: 1/0 %s, 0/0 %s, 1e300*1e300 %s, 1/3 %s, log(0) %s, sqrt(-1) %s, int 1e10 %s\n",
		what, div(1.0, 0.0), div(0.0, 0.0), div(1e300, 1e-300), div(1.0, 3.0),
		lg(0.0), sq(-1.0), conv(1e10));
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	c := math->getFPcontrol();
	sys->print("control %ux\n", c);
	sys->print("status %ux\n", math->getFPstatus() & ~Math->INEX);
	show("default");
	old := math->FPcontrol(0, Math->ZDIV);
	sys->print("old %ux now %ux\n", old, math->getFPcontrol());
	show("zdiv masked");
	math->FPcontrol(0, Math->INVAL|Math->OVFL|Math->UNFL);
	sys->print("now %ux\n", math->getFPcontrol());
	show("all masked");
	st := math->getFPstatus();
	sys->print("status flags zdiv %d inval %d ovfl %d\n", (st & Math->ZDIV) != 0, (st & Math->INVAL) != 0, (st & Math->OVFL) != 0);
	math->FPstatus(0, Math->ZDIV|Math->INVAL|Math->OVFL|Math->UNFL|Math->INEX);
	sys->print("status cleared %ux\n", math->getFPstatus());
	math->FPcontrol(c, ~0);
	sys->print("restored %ux\n", math->getFPcontrol());
	show("restored");
}
