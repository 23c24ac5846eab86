implement BoundsIndex;

include "sys.m";
	sys: Sys;
include "draw.m";

BoundsIndex: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Pt: adt {
	x, y: int;
};

idx(a: array of int, i: int): string
{
	{
		return sys->sprint("a[%d]=%d", i, a[i]);
	} exception e {
	"*" =>
		return sys->sprint("a[%d]: %s", i, e);
	}
}

store(a: array of int, i: int): string
{
	{
		a[i] = 99;
		return sys->sprint("stored a[%d]", i);
	} exception e {
	"*" =>
		return sys->sprint("store a[%d]: %s", i, e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[] of {10, 20, 30, 40};
	for(i := -2; i <= 5; i++)
		sys->print("%s\n", idx(a, i));
	sys->print("%s\n", idx(a, 16r7fffffff));
	sys->print("%s\n", idx(a, -16r7fffffff-1));
	sys->print("%s\n", store(a, 4));
	sys->print("%s\n", store(a, -1));
	sys->print("%s\n", store(a, 3));
	sys->print("%s\n", idx(a, 3));
	sys->print("%s\n", idx(nil, 0));
	sys->print("%s\n", store(nil, 0));
	sys->print("%s\n", idx(array[0] of int, 0));
	# slice of an array then index beyond the slice
	b := a[1:3];
	sys->print("%s\n", idx(b, 1));
	sys->print("%s\n", idx(b, 2));
	# 2-d arrays
	m := array[3] of array of int;
	m[0] = array[2] of {* => 7};
	{
		sys->print("m[0][1]=%d\n", m[0][1]);
		sys->print("m[1][0]=%d\n", m[1][0]);
	} exception e {
	"*" =>
		sys->print("m: %s\n", e);
	}
	{
		sys->print("m[3]=%d\n", len m[3]);
	} exception e {
	"*" =>
		sys->print("m[3]: %s\n", e);
	}
	# byte arrays and adt arrays
	bs := array of byte "hi";
	n := 2;
	{
		sys->print("bs[1]=%d\n", int bs[1]);
		sys->print("bs[2]=%d\n", int bs[n]);
	} exception e {
	"*" =>
		sys->print("bs: %s\n", e);
	}
	ps := array[2] of Pt;
	{
		ps[1].x = 5;
		sys->print("ps[1].x=%d\n", ps[1].x);
		ps[n].y = 6;
	} exception e {
	"*" =>
		sys->print("ps: %s\n", e);
	}
	rs := array[2] of ref Pt;
	{
		rs[0] = ref Pt(1, 2);
		sys->print("rs[0].y=%d\n", rs[0].y);
		sys->print("rs[1].y=%d\n", rs[1].y);
	} exception e {
	"*" =>
		sys->print("rs: %s\n", e);
	}
	# real and big arrays
	ra := array[1] of real;
	ba := array[1] of big;
	{
		ra[0] = 1.5;
		sys->print("ra[0]=%g\n", ra[0]);
		sys->print("ra[1]=%g\n", ra[n-1]);
	} exception e {
	"*" =>
		sys->print("ra: %s\n", e);
	}
	{
		sys->print("ba[-1]=%bd\n", ba[n-3]);
	} exception e {
	"*" =>
		sys->print("ba: %s\n", e);
	}
	sys->print("done\n");
}
