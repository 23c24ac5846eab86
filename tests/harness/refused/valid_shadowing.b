implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# valid: := redeclares a name in an inner block, in each arm of an if, and a parameter shadows a global
x := "global";

show(x: int): string
{
	return "param " + string x;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%s\n", x);
	x := 1;
	sys->print("%d\n", x);
	{
		x := "inner";
		sys->print("%s\n", x);
		{
			x := 2.5;
			sys->print("%g\n", x);
		}
		sys->print("%s\n", x);
	}
	for(i := 0; i < 2; i++)
		sys->print("a%d\n", i);
	for(j := 10; j < 12; j++)
		sys->print("b%d\n", j);
	if(x == 1){
		y := "then";
		sys->print("%s\n", y);
	}else{
		y := 5;
		sys->print("%d\n", y);
	}
	sys->print("%s %d\n", show(7), x);
}
