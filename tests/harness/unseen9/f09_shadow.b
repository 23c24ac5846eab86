implement Shadow;

include "sys.m";
	sys: Sys;
include "draw.m";

Shadow: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

x := "global";

show(): string
{
	return x;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("1: x=%s show=%s\n", x, show());
	x := 1;
	sys->print("2: x=%d show=%s\n", x, show());
	{
		x := 2.5;
		sys->print("3: x=%g\n", x);
		{
			x := big 1 << 40;
			sys->print("4: x=%bd\n", x);
			x++;
			sys->print("5: x=%bd\n", x);
		}
		x += 1.0;
		sys->print("6: x=%g\n", x);
	}
	sys->print("7: x=%d\n", x);
	for(i := 0; i < 3; i++){
		x := i * 10;
		if(i == 1){
			x := "inside if";
			sys->print("8: x=%s\n", x);
		}
		sys->print("9: i=%d x=%d\n", i, x);
	}
	sys->print("10: x=%d\n", x);
	# shadow a parameter-like name inside a case arm
	case x {
	1 =>
		x := "arm";
		sys->print("11: x=%s\n", x);
	* =>
		sys->print("11: unexpected\n");
	}
	# the loop variable i survives the loop at function scope
	sys->print("12: i=%d\n", i);
	# assign to global via Shadow-qualified? use a helper
	setglobal("changed");
	sys->print("13: x=%d show=%s\n", x, show());
}

setglobal(s: string)
{
	x = s;
}
