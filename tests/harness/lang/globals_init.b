implement GlobalsInit;

include "sys.m";
	sys: Sys;
include "draw.m";

GlobalsInit: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

log := "";

note(s: string, v: int): int
{
	log += s;
	return v;
}

g1 := 10;
K: con 10;
g2 := K * 2;
g3 := 3;
s1 := "hello";
s2 := "hello" + ", world";
r1 := 1.5;
b1 := big 1 << 40;
y1 := byte 255;
l1: list of int;
a1 := array[3] of {* => 7};
a2 := array[] of {"x", "y"};
t1 := (1, "one");
u1, u2: int;
us: string;
ua: array of int;
ul: list of string;
ur: real;
ub: big;
later := 99;
ga := array[K / 2] of {2 => "two", * => "x"};
gn := len "four";
gs := string 42;
counter := 0;
shared := array[2] of int;

Pair: adt {
	a: int;
	b: string;
};
gp: Pair;
gr: ref Pair;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("log at start %q\n", log);
	sys->print("g %d %d %d\n", g1, g2, g3);
	sys->print("s %s | %s\n", s1, s2);
	sys->print("r %g b %bd y %d\n", r1, b1, int y1);
	l1 = 1 :: 2 :: nil;
	sys->print("l %d %d a %d %d %s\n", len l1, hd l1, len a1, a1[2], a2[1]);
	sys->print("ga %d %s %s gn %d gs %s\n", len ga, ga[2], ga[4], gn, gs);
	sys->print("t %d %s\n", t1.t0, t1.t1);
	sys->print("zero %d %d %q %d %d %g %bd\n", u1, u2, us, ua == nil, ul == nil, ur, ub);
	sys->print("later %d\n", later);
	sys->print("adt %d %q %d\n", gp.a, gp.b, gr == nil);
	inc();
	inc();
	sys->print("counter %d\n", counter);
	g1 = 5;
	sys->print("g2 unchanged %d\n", g2);
	set(shared);
	sys->print("shared %d %d\n", shared[0], shared[1]);
	gp.a = 4;
	gp.b = "four";
	cp := gp;
	cp.a = 5;
	sys->print("adt copy %d %d\n", gp.a, cp.a);
	gr = ref gp;
	gr.a = 6;
	sys->print("ref copy %d %d\n", gp.a, gr.a);
	g3 := 30;
	sys->print("shadow %d global via fn %d\n", g3, getg3());
	sys->print("note %d %s\n", note("n", 1), log);
}

inc()
{
	counter++;
}

set(a: array of int)
{
	a[0] = 1;
	a[1] = 2;
}

getg3(): int
{
	return g3;
}
