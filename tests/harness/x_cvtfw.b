implement T;
include "sys.m";
include "draw.m";
sys: Sys;
T: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[] of {2147483659.0, 3e9, -3e9, 1e20, 4294967296.0+5.0};
	for(i := 0; i < len a; i++)
		sys->print("%g -> int %d big %bd\n", a[i], int a[i], big a[i]);
	z := 0.0;
	n := z/z;
	sys->print("nan -> %d %bd\n", int n, big n);
}
