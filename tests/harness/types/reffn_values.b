implement RefFnValues;

include "sys.m";
	sys: Sys;
include "draw.m";

RefFnValues: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Op: type ref fn(a, b: int): int;

add(a, b: int): int { return a + b; }
sub(a, b: int): int { return a - b; }
mul(a, b: int): int { return a * b; }

apply(f: ref fn(a, b: int): int, x, y: int): int
{
	return f(x, y);
}

pick2(which: int): Op
{
	if(which)
		return mul;
	return sub;
}

fold(l: list of int, f: Op, z: int): int
{
	for(; l != nil; l = tl l)
		z = f(z, hd l);
	return z;
}

greet(s: string): string
{
	return "hi " + s;
}

Handler: adt {
	name: string;
	fun: ref fn(s: string): string;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	f: ref fn(a, b: int): int;
	sys->print("nil fn: %d\n", f == nil);
	f = add;
	sys->print("call: %d nil=%d\n", f(3, 4), f == nil);
	g := f;
	f = sub;
	sys->print("copy kept: %d %d\n", g(3, 4), f(3, 4));
	sys->print("apply: %d %d\n", apply(mul, 6, 7), apply(pick2(0), 6, 7));
	sys->print("returned: %d\n", pick2(1)(5, 5));
	ops := array[] of {add, sub, mul};
	for(i := 0; i < len ops; i++)
		sys->print("ops[%d](10,3)=%d\n", i, ops[i](10, 3));
	sys->print("fold add %d mul %d\n", fold(1 :: 2 :: 3 :: 4 :: nil, add, 0), fold(1 :: 2 :: 3 :: 4 :: nil, mul, 1));
	h := Handler("g", greet);
	sys->print("adt field fn: %s\n", h.fun("there"));
	hs := ref Handler("r", greet) :: nil;
	sys->print("list fn: %s\n", (hd hs).fun("list"));
	fl := add :: mul :: nil;
	sys->print("fn list: %d\n", (hd tl fl)(2, 21));
	ch := chan[1] of ref fn(s: string): string;
	ch <-= greet;
	k := <-ch;
	sys->print("chan fn: %s\n", k("chan"));
	(tf, tn) := (sub, 8);
	sys->print("tuple fn: %d\n", tf(tn, 1));
	sys->print("done\n");
}
