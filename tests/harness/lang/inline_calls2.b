implement InlineCalls2;
include "sys.m";
	sys: Sys;
include "draw.m";
InlineCalls2: module { init: fn(nil: ref Draw->Context, nil: list of string); };
g := 0;
v(s: string, n: int): int { sys->print("%s ", s); g++; return n; }
braced(a, b: int): int { if(a > b) { return a; } return b; }
nilret(c: int, s: string): string { if(c) return nil; return s; }
valued(a, b: int): int { if(a > b) return a; return b; }
even(n: int): int { if(n == 0) return 1; return odd(n - 1); }
odd(n: int): int { if(n == 0) return 0; return even(n - 1); }
readg(a: int): int { return a + g; }
nest(a, b: int): int { return valued(a, b) * 10; }
P: adt { x: int; get: fn(p: self P, a, b: int): int; };
P.get(p: self P, a, b: int): int { if(a > b) return p.x + a; return p.x + b; }
sq(a: int): int { return a * a; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("= %d\n", braced(v("a", 1), v("b", 2)));
	sys->print("= %s\n", nilret(v("c", 0), "s" + string v("s", 1)));
	sys->print("= %d\n", valued(v("a", 1), v("b", 2)));
	f := valued;
	sys->print("= %d\n", f(3, 4));
	sys->print("= %d\n", even(v("e", 4)));
	sys->print("= %d\n", readg(v("r", 1)));
	sys->print("= %d\n", nest(v("a", 1), v("b", 2)));
	p := P(100);
	sys->print("= %d\n", p.get(v("a", 1), v("b", 2)));
	sys->print("= %d\n", sq(v("q", 3)));
	x := array[3] of int;
	{
		sys->print("= %d\n", sq(x[v("i", 7)]));
	} exception e {
	"*" => sys->print("caught %s\n", e);
	}
	sys->print("%d %d %d\n", v("m", 1), sq(2), v("n", 3));
	sys->print("%d %d\n", sq(v("k", 2)), v("l", 1));
}
