# exercises arrays: slices, aliasing, slice assignment copy, array of arrays, initialisers
implement Arrays;
include "sys.m";
include "draw.m";
sys: Sys;
Arrays: module { init: fn(nil: ref Draw->Context, nil: list of string); };
pr(s: string, a: array of int)
{
	sys->print("%s[%d]:", s, len a);
	for(i := 0; i < len a; i++) sys->print(" %d", a[i]);
	sys->print("\n");
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[8] of int;
	for(i := 0; i < len a; i++) a[i] = i*i;
	pr("a", a);
	b := a[2:5]; b[0] = -1; pr("a", a); pr("b", b);
	a[5:] = a[0:3]; pr("a", a);
	a[1:] = a[0:4]; pr("overlap", a);
	c := array[] of {1, 2, 3, * => 9};
	pr("c", c);
	d := array[6] of {0 or 2 => 7, 4 to 5 => 1, * => 3};
	pr("d", d);
	e := array[3] of array of int;
	for(i = 0; i < 3; i++){ e[i] = array[i+1] of {* => i}; }
	for(i = 0; i < 3; i++) pr("e", e[i]);
	f := e; f[1][0] = 42; pr("e1", e[1]);
	g := array[0] of int; pr("g", g);
	h := a[len a:]; pr("h", h);
	s := array[] of {"x", "yy", "zzz"};
	sys->print("%s %d\n", s[2], len s[1]);
	bb := array of byte "hello";
	cc := array[10] of byte;
	cc[3:] = bb;
	sys->print("%d %s\n", len cc, string cc[3:8]);
	m := array[2] of {array[] of {1,2}, array[] of {3}};
	sys->print("%d %d\n", len m[0], m[1][0]);
	if(g == nil) sys->print("g nil\n"); else sys->print("g not nil\n");
	z: array of int; if(z == nil) sys->print("z nil %d\n", len z);
}
