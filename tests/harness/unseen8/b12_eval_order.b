implement EvalOrder;

include "sys.m";
	sys: Sys;
include "draw.m";

EvalOrder: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

seq := 0;

f(tag: string, v: int): int
{
	seq++;
	sys->print("[%s:%d]", tag, seq);
	return v;
}

three(a, b, c: int): int
{
	return a * 100 + b * 10 + c;
}

cat(a, b: string): string
{
	return a + b;
}

s(tag: string): string
{
	sys->print("<%s>", tag);
	return tag;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("args: ");
	r := three(f("a", 1), f("b", 2), f("c", 3));
	sys->print(" = %d\n", r);

	sys->print("binary: ");
	r = f("l", 7) - f("r", 2);
	sys->print(" = %d\n", r);

	sys->print("mixed: ");
	r = f("x", 2) * f("y", 3) + f("z", 4) * f("w", 5);
	sys->print(" = %d\n", r);

	sys->print("nested: ");
	r = three(f("p", three(f("q", 1), f("r", 2), 0)), f("s", 4), f("t", 5));
	sys->print(" = %d\n", r);

	sys->print("strings: ");
	str := cat(s("A"), cat(s("B"), s("C")));
	sys->print(" = %s\n", str);

	sys->print("andand: ");
	if(f("c1", 0) && f("c2", 1))
		sys->print(" yes");
	sys->print("\n");
	sys->print("oror: ");
	if(f("d1", 1) || f("d2", 1))
		sys->print(" yes");
	sys->print("\n");

	sys->print("index: ");
	a := array[5] of {* => 0};
	a[f("i", 1)] = f("v", 9);
	sys->print(" a[1]=%d\n", a[1]);

	i := 0;
	sys->print("increments: ");
	a[i++] = i;
	sys->print("a[0]=%d i=%d\n", a[0], i);

	sys->print("tuple: ");
	(x, y) := (f("t1", 10), f("t2", 20));
	sys->print(" = %d %d\n", x, y);

	sys->print("list cons: ");
	l := f("h1", 1) :: f("h2", 2) :: nil;
	sys->print(" = %d %d\n", hd l, hd tl l);

	sys->print("print args: %d %d\n", f("pa", 1), f("pb", 2));
}
