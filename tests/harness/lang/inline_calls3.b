implement InlineCalls3;
include "sys.m";
	sys: Sys;
include "draw.m";
InlineCalls3: module { init: fn(nil: ref Draw->Context, nil: list of string); };
g := 7;
K: con 3;
P: adt { a, b: int; };
v(s: string, n: int): int { sys->print("%s ", s); return n; }
addg(a: int): int { return a + g * K; }
mk(a, b: int): P { return P(b, a); }
pair(a: int, s: string): (int, string) { return (a, s); }
ch(s: string, i: int): int { return s[i]; }
hd2(l: list of int): int { return hd tl l; }
neg(x: real): real { if(x < 0.0) return -x; return x; }
lenof(s: string): int { return len s; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	g := 100;
	sys->print("= %d %d\n", addg(v("a", 1)), g);
	p := mk(v("x", 1), v("y", 2));
	sys->print("= %d %d\n", p.a, p.b);
	(n, s) := pair(v("n", 4), "four");
	sys->print("= %d %s\n", n, s);
	sys->print("= %c\n", ch("hello", v("i", 1)));
	sys->print("= %d\n", hd2(v("h", 1) :: v("t", 2) :: nil));
	sys->print("= %g %g\n", neg(-2.5), neg(1.5));
	sys->print("= %d %d\n", lenof("abc"), lenof(nil));
	{
		sys->print("= %c\n", ch("", v("j", 0)));
	} exception e {
	"*" => sys->print("caught %s\n", e);
	}
	{
		sys->print("= %d\n", hd2(v("only", 1) :: nil));
	} exception e {
	"*" => sys->print("caught %s\n", e);
	}
}
