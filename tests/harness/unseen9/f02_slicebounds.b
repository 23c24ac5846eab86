implement SliceBounds;

include "sys.m";
	sys: Sys;
include "draw.m";

SliceBounds: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

show(tag: string, a: array of int)
{
	sys->print("%s[%d]:", tag, len a);
	for(i := 0; i < len a; i++)
		sys->print(" %d", a[i]);
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "limbo";
	sys->print("[%s] [%s] [%s] [%s]\n", s[0:0], s[len s:], s[len s:len s], s[:]);
	sys->print("[%s] [%s] [%s]\n", s[1:], s[:4], s[2:3]);
	e := s[5:];
	sys->print("empty slice len=%d isnil=%d\n", len e, e == nil);
	a := array[6] of int;
	for(i := 0; i < len a; i++)
		a[i] = i * i;
	show("all", a[0:]);
	show("tail", a[len a:]);
	show("head", a[:0]);
	show("mid", a[2:5]);
	b := a[6:6];
	sys->print("b nil? %d\n", b == nil);
	# slice of slice
	c := a[1:][1:][1:];
	show("c", c);
	c[0] = -1;
	show("a after c[0]=-1", a);
	# slice of a nil array with zero bounds
	z: array of int;
	zz := z[0:0];
	sys->print("nil[0:0] len=%d\n", len zz);
	# unicode string slicing counts runes
	u := "héllo wörld";
	sys->print("u[1:2]=%s u[7:8]=%s len=%d\n", u[1:2], u[7:8], len u);
	# out of range now
	sys->print("about to slice past end\n");
	bad := s[3:6];
	sys->print("never %s\n", bad);
}
