implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# valid: functions whose last statement cannot fall through need no final return
viaraise(n: int): int
{
	if(n > 0)
		return n;
	raise "neg";
}

viaifelse(n: int): string
{
	if(n & 1)
		return "odd";
	else
		return "even";
}

viacase(n: int): string
{
	case n {
	0 =>
		return "zero";
	1 to 9 =>
		return "digit";
	* =>
		return "big";
	}
}

vialoop(n: int): int
{
	for(;;){
		if(n > 100)
			return n;
		n *= 3;
	}
}

viawhile(n: int): int
{
	while(1){
		if(n < 1)
			return n;
		n /= 2;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", viaraise(5));
	{
		viaraise(-1);
	} exception e {
	"neg" =>
		sys->print("raised %s\n", e);
	}
	for(i := 0; i < 4; i++)
		sys->print("%d %s\n", i, viaifelse(i));
	sys->print("%s %s %s\n", viacase(0), viacase(7), viacase(70));
	sys->print("%d %d\n", vialoop(1), viawhile(37));
}
