implement T;
include "sys.m"; sys: Sys;
include "draw.m";
T: module { init: fn(nil: ref Draw->Context, nil: list of string); };
f(c: int): int
{
	if(c)
		x := 1;
	else
		x = 2;
	return x;
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", f(1));
	sys->print("%d\n", f(0));
	for(i := 0; i < 2; i++)
		if(i == 0)
			y := "a";
		else
			sys->print("y=%s\n", y);
	while(0)
		z := 5;
	sys->print("z=%d\n", z);
}
