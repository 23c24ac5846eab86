implement Bounds;

include "sys.m";
	sys: Sys;
include "draw.m";

Bounds: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

fill(a: array of int, upto: int)
{
	for(i := 0; i <= upto; i++) {
		a[i] = i * 3;
		sys->print("a[%d]=%d\n", i, a[i]);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := array[4] of int;
	s := a[1:3];
	sys->print("len a=%d len s=%d\n", len a, len s);
	fill(a, 3);
	sys->print("slice sees %d %d\n", s[0], s[1]);
	fill(s, 2);
	sys->print("not reached\n");
}
