implement T;
include "sys.m"; sys: Sys;
include "draw.m";
T: module { init: fn(nil: ref Draw->Context, nil: list of string); };
Op: adt { name: string; n: int; };
show(o: Op) { sys->print("%s %d\n", o.name, o.n); }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[] of { Op("x", 1), ("y", 2) };	# tuple element in an array of adt
	o: Op = ("z", 3);				# tuple assigned to adt
	show(a[1]); show(o);
	show(("w", 4));					# tuple passed for adt param
	t: (string, int) = o;				# adt assigned to tuple
	(s, n) := t;
	sys->print("%s %d\n", s, n);
}
