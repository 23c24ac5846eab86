implement InlineCalls1;
include "sys.m";
	sys: Sys;
include "draw.m";
InlineCalls1: module { init: fn(nil: ref Draw->Context, nil: list of string); };
v(s: string, n: int): int { sys->print("%s ", s); return n; }
max(a, b: int): int { if(a > b) return a; return b; }
add(a, b: int): int { return a + b; }
first(a, nil: int): int { return a; }
sel(c: int, a, b: string): string { if(c) return a; else return b; }
twice(a: int): int { return a + a; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("= %d\n", max(v("a", 1), v("b", 2)));
	sys->print("= %d\n", add(v("a", 1), v("b", 2)));
	sys->print("= %d\n", first(v("a", 1), v("b", 2)));
	sys->print("= %s\n", sel(v("c", 0), "x" + string v("a", 1), "y" + string v("b", 2)));
	sys->print("= %d\n", twice(v("t", 3)));
	sys->print("%d %d\n", v("p", 1), add(1, 2));
	sys->print("%d %d\n", v("p", 1), add(v("q", 1), 2));
}
