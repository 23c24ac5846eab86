implement P34;
include "sys.m";
	sys: Sys;
include "draw.m";
P34: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

sum(a: array of int, n: int): int
{
	s := 0;
	for(i := 0; i <= n; i++)
		s += a[i];
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[] of {1, 2, 3, 4};
	sys->print("partial %d\n", sum(a, 2));
	sys->print("full %d\n", sum(a, len a));
	sys->print("never\n");
}
