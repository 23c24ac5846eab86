implement P14;
include "sys.m";
	sys: Sys;
include "draw.m";
P14: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

divmod(a, b: int): (int, int)
{
	return (a / b, a % b);
}

minmax(a: array of int): (int, int, int)
{
	if(len a == 0)
		return (0, 0, 0);
	lo := a[0];
	hi := a[0];
	for(i := 1; i < len a; i++){
		if(a[i] < lo) lo = a[i];
		if(a[i] > hi) hi = a[i];
	}
	return (lo, hi, len a);
}

swap(t: (string, int)): (int, string)
{
	(s, n) := t;
	return (n, s);
}

Rec: adt {
	name: string;
	pos: (int, int);
	tags: list of string;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	(q, r) := divmod(47, 5);
	sys->print("%d %d\n", q, r);
	(lo, hi, n) := minmax(array[] of {3, -8, 12, 0, 7});
	sys->print("lo %d hi %d n %d\n", lo, hi, n);
	(lo, nil, n) = minmax(array[0] of int);
	sys->print("empty %d %d\n", lo, n);
	t := ("abc", 9);
	(a, b) := swap(t);
	sys->print("%d %s\n", a, b);
	tt: (int, (string, real));
	tt = (1, ("x", 2.5));
	i: int; s: string; f: real;
	(i, (s, f)) = tt;
	sys->print("%d %s %g\n", i, s, f);
	x := 1; y := 2; z := 3;
	(x, y, z) = (z, x, y);
	sys->print("rot %d %d %d\n", x, y, z);
	rec := Rec("r1", (10, 20), "a" :: "b" :: nil);
	(px, py) := rec.pos;
	sys->print("%s %d %d %d\n", rec.name, px, py, len rec.tags);
	arr := array[3] of (int, string);
	for(k := 0; k < 3; k++)
		arr[k] = (k * k, "s" + string k);
	for(k = 2; k >= 0; k--){
		(v, str) := arr[k];
		sys->print("%d:%s ", v, str);
	}
	sys->print("\n");
	l := (1, 2) :: (3, 4) :: nil;
	sum := 0;
	for(; l != nil; l = tl l){
		(u, w) := hd l;
		sum += u * w;
	}
	sys->print("sum %d\n", sum);
	rt := ref Rec("r2", (0, 0), nil);
	rt.pos = (5, 6);
	(nil, py) = rt.pos;
	sys->print("py %d\n", py);
}
