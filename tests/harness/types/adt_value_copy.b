implement AdtValueCopy;

include "sys.m";
	sys: Sys;
include "draw.m";

AdtValueCopy: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Pt: adt {
	x, y: int;
	name: string;
};

Box: adt {
	lo, hi: Pt;
	tags: array of int;
};

show(p: Pt): string
{
	return sys->sprint("%s(%d,%d)", p.name, p.x, p.y);
}

bump(p: Pt): Pt
{
	p.x += 100;
	p.name += "!";
	return p;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := Pt(1, 2, "a");
	b := a;
	b.x = 10;
	b.name = "b";
	sys->print("assign: %s %s\n", show(a), show(b));

	c := bump(a);
	sys->print("param: %s %s\n", show(a), show(c));

	arr := array[3] of {* => Pt(0, 0, nil)};
	arr[0] = a;
	a.y = 77;
	sys->print("array elt: %s, a now %s\n", show(arr[0]), show(a));
	sys->print("default elt: %s nil=%d\n", show(arr[2]), arr[2].name == nil);
	e := arr[0];
	e.x = -5;
	sys->print("read elt: %s %s\n", show(arr[0]), show(e));
	arr[1].x = 42;
	sys->print("field of elt: %s\n", show(arr[1]));

	arr2 := arr[0:2];
	arr2[0].y = 999;
	sys->print("slice shares: %s\n", show(arr[0]));

	arr3 := array[2] of {* => Pt(7, 7, "s")};
	arr3[0:] = arr[0:2];
	arr3[0].y = 1;
	sys->print("slice copy: %s %s\n", show(arr[0]), show(arr3[0]));

	l := a :: b :: nil;
	a.x = 555;
	sys->print("list: %s %s\n", show(hd l), show(hd tl l));
	h := hd l;
	h.name = "changed";
	sys->print("list hd copy: %s\n", show(hd l));

	t := (a, 3);
	a.x = 0;
	(tp, n) := t;
	sys->print("tuple: %s %d\n", show(tp), n);
	tp.x = 8;
	(tq, nil) := t;
	sys->print("tuple again: %s\n", show(tq));

	ch := chan[1] of Pt;
	ch <-= a;
	a.name = "after";
	r := <-ch;
	sys->print("chan: %s %s\n", show(r), show(a));

	bx := Box(Pt(0, 0, "lo"), Pt(5, 5, "hi"), array[] of {1, 2});
	by := bx;
	by.lo.x = 3;
	by.tags[0] = 50;
	sys->print("nested: %s %s tags %d %d\n", show(bx.lo), show(by.lo), bx.tags[0], by.tags[0]);
	by.tags = array[] of {9};
	sys->print("nested arr: %d %d\n", len bx.tags, len by.tags);

	eq := Pt(1, 2, "z");
	eq2 := eq;
	sys->print("fields equal: %d\n", eq.x == eq2.x && eq.name == eq2.name);
}
