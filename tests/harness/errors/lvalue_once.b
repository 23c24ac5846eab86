implement LvalueOnce;
include "sys.m";
	sys: Sys;
include "draw.m";
LvalueOnce: module { init: fn(nil: ref Draw->Context, nil: list of string); };
R: adt { n: int; };
k := 0;
next(): ref R { k++; return ref R(k); }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[6] of {* => 0};
	i := 0;
	a[i++] += 10;
	sys->print("i=%d a=%d %d\n", i, a[0], a[1]);
	a[i++]++;
	sys->print("i=%d a=%d %d\n", i, a[1], a[2]);
	s := "abc";
	j := 0;
	s[j++] += 1;
	sys->print("j=%d s=%s\n", j, s);
	next().n += 5;
	sys->print("k=%d\n", k);
}
