implement AdtValue;

include "sys.m";
	sys: Sys;
include "draw.m";

AdtValue: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Inner: adt {
	n: int;
	tag: string;
};

Outer: adt {
	id: int;
	in: Inner;
	arr: array of int;
	r: ref Inner;

	bump: fn(o: self Outer): int;
	rbump: fn(o: self ref Outer): int;
};

Outer.bump(o: self Outer): int
{
	o.id++;
	o.in.n++;
	return o.id;
}

Outer.rbump(o: self ref Outer): int
{
	o.id++;
	o.in.n++;
	return o.id;
}

modify(o: Outer)
{
	o.id = -1;
	o.in.tag = "param";
	o.arr[0] = -1;
	o.r.n = -1;
}

dump(label: string, o: Outer)
{
	sys->print("%-12s id=%d in=(%d,%s) arr[0]=%d r.n=%d\n", label, o.id, o.in.n, o.in.tag, o.arr[0], o.r.n);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := Outer(1, Inner(10, "orig"), array[] of {100}, ref Inner(1000, "shared"));
	dump("a", a);
	sys->print("== value assignment copies fields ==\n");
	b := a;
	b.id = 2;
	b.in.n = 20;
	b.in.tag = "copy";
	dump("a", a);
	dump("b", b);
	sys->print("== but arrays and refs inside are shared ==\n");
	b.arr[0] = 200;
	b.r.n = 2000;
	dump("a", a);
	dump("b", b);
	sys->print("== passing by value ==\n");
	modify(a);
	dump("a", a);
	sys->print("== self by value vs self ref ==\n");
	c := Outer(5, Inner(50, "c"), array[1] of int, ref Inner(0, ""));
	x := c.bump();
	dump("c.bump", c);
	sys->print("returned %d\n", x);
	rc := ref c;
	x = rc.rbump();
	dump("rc.rbump", *rc);
	dump("c", c);
	sys->print("returned %d\n", x);
	sys->print("== ref sharing ==\n");
	r1 := ref Inner(7, "r");
	r2 := r1;
	r2.n = 8;
	sys->print("r1.n=%d r1==r2 %d\n", r1.n, r1 == r2);
	r3 := ref *r1;
	r3.n = 9;
	sys->print("r1.n=%d r3.n=%d r1==r3 %d\n", r1.n, r3.n, r1 == r3);
	sys->print("== arrays of adt values ==\n");
	arr := array[3] of Inner;
	for(i := 0; i < len arr; i++)
		arr[i] = Inner(i, "e" + string i);
	tmp := arr[1];
	tmp.n = 111;
	sys->print("arr[1].n=%d tmp.n=%d\n", arr[1].n, tmp.n);
	arr[1].n = 222;
	sys->print("arr[1].n=%d\n", arr[1].n);
	sys->print("== default values ==\n");
	d: Inner;
	sys->print("d.tag=[%s] nil tag %d\n", d.tag, d.tag == nil);
	rn: ref Inner;
	sys->print("nil ref == nil: %d\n", rn == nil);
}
