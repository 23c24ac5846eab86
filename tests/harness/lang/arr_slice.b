implement ArrSlice;

include "sys.m";
	sys: Sys;
include "draw.m";

ArrSlice: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

pr(l: string, a: array of int)
{
	sys->print("%s(%d):", l, len a);
	for(i := 0; i < len a; i++)
		sys->print(" %d", a[i]);
	sys->print("\n");
}

try(l: string, a: array of int, i, j: int)
{
	{
		pr(l, a[i:j]);
	} exception e {
	"*" =>
		sys->print("%s: %s\n", l, e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[8] of int;
	for(i := 0; i < len a; i++)
		a[i] = i * 10;
	b := a[2:6];
	pr("b", b);
	b[0] = -1;
	pr("a after b[0]", a);
	c := b[1:];
	c[0] = -2;
	pr("a after c[0]", a);
	d := a;
	d[7] = 777;
	pr("a after d[7]", a);
	a[2:] = array[] of {100, 200, 300};
	pr("a after a[2:]=", a);
	pr("b sees", b);
	a[0:] = a[6:8];
	pr("a[0:2]=a[6:8]", a);
	a[1:] = a[0:7];
	pr("overlap fwd", a);
	a[0:] = a[1:];
	pr("overlap back", a);
	try("a[0:0]", a, 0, 0);
	try("a[8:8]", a, 8, 8);
	try("a[3:2]", a, 3, 2);
	try("a[0:9]", a, 0, 9);
	try("a[-1:2]", a, -1, 2);
	n: array of int;
	try("nil[0:0]", n, 0, 0);
	try("nil[0:1]", n, 0, 1);
	try("nil[1:1]", n, 1, 1);
	{
		a[2:] = array[7] of int;
		pr("too long", a);
	} exception e {
	"*" =>
		sys->print("too long: %s\n", e);
	}
	{
		x := a[8];
		sys->print("a[8] %d\n", x);
	} exception e {
	"*" =>
		sys->print("a[8]: %s\n", e);
	}
	{
		sys->print("nil[0] %d\n", n[0]);
	} exception e {
	"*" =>
		sys->print("nil[0]: %s\n", e);
	}
	sys->print("len nil %d nil==nil %d\n", len n, n == nil);
	e := array[0] of int;
	sys->print("empty==nil %d len %d\n", e == nil, len e);
	z := a[3:3];
	sys->print("emptyslice==nil %d\n", z == nil);
	sys->print("same %d %d\n", a == d, a[0:] == a);
	{
		m := -1;
		neg := array[m] of int;
		sys->print("neg %d\n", len neg);
	} exception e {
	"*" =>
		sys->print("neg: %s\n", e);
	}
	s := array[3] of string;
	sys->print("strs %q %d\n", s[1], s[1] == nil);
	r := array[2] of real;
	sys->print("reals %g\n", r[0]);
	l := array[2] of list of int;
	sys->print("lists %d\n", l[0] == nil);
}
