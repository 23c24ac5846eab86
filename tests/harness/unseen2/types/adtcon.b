# exercises adt-scoped constants, nested adt values, adt copy inside tuples/arrays, adt with list field
implement Adtcon;
include "sys.m";
include "draw.m";
sys: Sys;
Adtcon: module { init: fn(nil: ref Draw->Context, nil: list of string); };
Inner: adt { a: int; s: string; };
Outer: adt {
	Max: con 3;
	Tag: con "outer";
	in: Inner;
	vals: array of int;
	names: list of string;
	bump: fn(o: self ref Outer);
};
Outer.bump(o: self ref Outer)
{
	o.in.a++;
	if(len o.names < Outer.Max) o.names = o.in.s :: o.names;
	o.vals[0] += 10;
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	o := ref Outer(Inner(1, "n"), array[2] of {* => 0}, nil);
	for(i := 0; i < 5; i++) o.bump();
	sys->print("%d %d %d %d %s\n", o.in.a, len o.names, o.vals[0], Outer.Max, Outer.Tag);
	v := *o;
	v.in.a = 100;
	v.vals[1] = 77;
	sys->print("%d %d %d\n", o.in.a, o.vals[1], v.in.a);
	t := (v.in, 5);
	(inn, k) := t;
	inn.s = "changed";
	sys->print("%s %s %d\n", v.in.s, inn.s, k);
	arr := array[2] of Inner;
	arr[0] = v.in;
	arr[0].a = -1;
	sys->print("%d %d [%s]\n", arr[0].a, v.in.a, arr[1].s);
	x: Inner;
	sys->print("%d %d\n", x.a, x.s == nil);
	o2 := ref *o;
	o2.in.a = 0;
	sys->print("%d %d\n", o.in.a, o2.vals == o.vals);
}
